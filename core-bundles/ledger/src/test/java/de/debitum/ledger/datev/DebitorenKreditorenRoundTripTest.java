package de.debitum.ledger.datev;

import static de.debitum.ledger.datev.DatevTestData.january;
import static de.debitum.ledger.datev.DatevTestData.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.ledger.datev.ExportNotice.Kind;

class DebitorenKreditorenRoundTripTest {

    private static final Personenkonto MUSTERMANN = new Personenkonto(10001, Adressatentyp.NATUERLICHE_PERSON,
            "Mustermann", "Sabine", "Mustermann S", "DE123456789", "Am Haagelspfädchen 14", "50999", "Köln", "DE",
            "sabine@mustermann.de", "0221/1234567", "DE12 5001 0517 0648 4898 90", "INGDDEFFXXX", "K-4711");

    @Test
    void debitorRoundTrip() {
        DatevExport export = writer().writeDebitorenKreditoren(january(),
                List.of(MUSTERMANN, Personenkonto.company(10002, "Meyer GmbH")));

        ExtfDocument file = BuchungsstapelRoundTripTest.readSingle(export);
        assertThat(export.files().get(0).fileName()).isEqualTo("EXTF_Debitoren_Kreditoren.csv");
        assertThat(file.header(3)).isEqualTo("16");
        assertThat(file.header(4)).isEqualTo("Debitoren/Kreditoren");
        assertThat(file.header(5)).isEqualTo("5");
        assertThat(file.header(14)).isEqualTo("4");
        for (int field = 15; field <= 21; field++) {
            assertThat(file.header(field)).as("header field %d", field).isEmpty();
        }
        assertThat(file.headings()).hasSize(254);
        assertThat(file.rows()).hasSize(2);

        assertThat(file.value(0, 1)).isEqualTo("10001");
        assertThat(file.value(0, 2)).isEmpty();
        assertThat(file.value(0, 4)).isEqualTo("Mustermann");
        assertThat(file.value(0, 5)).isEqualTo("Sabine");
        assertThat(file.value(0, 7)).isEqualTo("1");
        assertThat(file.value(0, 9)).isEqualTo("DE");
        assertThat(file.value(0, 10)).isEqualTo("123456789");
        assertThat(file.value(0, 15)).isEqualTo("STR");
        assertThat(file.value(0, 16)).isEqualTo("Am Haagelspfädchen 14");
        assertThat(file.value(0, 19)).isEqualTo("Köln");
        assertThat(file.value(0, 45)).isEqualTo("DE12500105170648489890");
        assertThat(file.value(0, 47)).isEqualTo("INGDDEFFXXX");
        assertThat(file.value(0, 99)).isEqualTo("K-4711");
        assertThat(file.value(1, 2)).isEqualTo("Meyer GmbH");
        assertThat(file.value(1, 7)).isEqualTo("2");
        assertThat(export.report().isClean()).isTrue();
    }

    @Test
    void headerLineMatchesDatevShapeForMasterData() {
        DatevExport export = writer().writeDebitorenKreditoren(january(), List.of(MUSTERMANN));

        String text = new String(export.files().get(0).content(), Charset.forName("windows-1252"));
        assertThat(text.substring(0, text.indexOf("\r\n"))).isEqualTo(
                "\"EXTF\";700;16;\"Debitoren/Kreditoren\";5;20250203103000000;;\"RE\";\"\";\"\";29098;55003;"
                        + "20250101;4;;;\"\";\"\";;;;\"\";;\"\";;;\"03\";;;\"\";\"\"");
    }

    @Test
    void longNameAndInvalidIbanReported() {
        Personenkonto company = new Personenkonto(10003, Adressatentyp.UNTERNEHMEN,
                "Scary Kitten Entertainment und Beteiligungen Gesellschaft mbH & Co. KG", null, null, "XX1",
                null, null, null, "Deutschland", null, null, "DE12500105170648489891", "nope", null);

        DatevExport export = writer().writeDebitorenKreditoren(january(), List.of(company));

        ExtfDocument file = BuchungsstapelRoundTripTest.readSingle(export);
        assertThat(file.value(0, 2)).hasSize(50).isEqualTo(company.name().substring(0, 50));
        assertThat(file.value(0, 10)).isEmpty();
        assertThat(file.value(0, 20)).isEmpty();
        assertThat(file.value(0, 45)).isEmpty();
        assertThat(file.value(0, 47)).isEmpty();
        assertThat(export.report().notices(Kind.TEXT_SHORTENED)).hasSize(1);
        assertThat(export.report().notices(Kind.INVALID_VALUE_REMOVED)).extracting(ExportNotice::field)
                .containsExactly("EU-USt-IdNr.", "Land", "IBAN 1", "SWIFT-Code 1");
    }

    @Test
    void personenkontoWithWrongLengthRejected() {
        List<Personenkonto> sachkonto = List.of(Personenkonto.company(8400, "Erlöse"));

        assertThatThrownBy(() -> writer().writeDebitorenKreditoren(january(), sachkonto))
                .isInstanceOf(DatevExportException.class)
                .hasMessageContaining("8400")
                .hasMessageContaining("5 Stellen");
    }
}
