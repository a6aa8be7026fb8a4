package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EncodingTest {

    @Test
    void windows1252DetectedAndDecoded() {
        ParseResult result = Statements.read("mt940-windows1252.sta");

        assertThat(result.encoding()).isEqualTo("windows-1252");
        assertThat(result.rejections()).isEmpty();
        assertThat(result.payments().get(0).counterparty().name()).isEqualTo("Jörg Müller GmbH & Co. KG");
        assertThat(result.payments().get(2).counterparty().name()).isEqualTo("Bäckerei Weiß");
        assertThat(result.payments().get(1).remittanceText()).endsWith("3,00 €");
    }

    @Test
    void sameTextInUtf8ReadsTheSame() {
        String text = new String(Statements.bytes("mt940-windows1252.sta"), TextDecoder.WINDOWS_1252);
        ParseResult utf8 = StatementReader.read("utf8.sta", text.getBytes(StandardCharsets.UTF_8));
        ParseResult windows = Statements.read("mt940-windows1252.sta");

        assertThat(utf8.encoding()).isEqualTo("UTF-8");
        assertThat(utf8.payments()).isEqualTo(windows.payments());
    }

    @Test
    void utf8ByteOrderMarkIgnored() {
        byte[] plain = Statements.bytes("mt940-february-30.sta");
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(StatementReader.read("bom.sta", withBom).statements()).extracting(Statement::id)
                .containsExactly("GOOD-DATE");
    }

    @Test
    void timeInsideDetailsIsText() {
        ParseResult result = Statements.read("mt940-windows1252.sta");

        assertThat(result.statements()).hasSize(1);
        assertThat(result.statements().get(0).entries()).hasSize(3);
        assertThat(result.payments().get(1).remittanceText()).isEqualTo("Rückgabe Uhrzeit 20:44:45 Entgelt 3,00 €");
        assertThat(result.payments().get(2).remittanceText()).isEqualTo("Storno am 31.01. um:20:44:45 Uhr");
    }

    @Test
    void sepaKeywordsSplitFromPurpose() {
        Payment payment = Statements.read("mt940-windows1252.sta").payments().get(1);

        assertThat(payment.endToEndId()).isEqualTo("RE-2024-0042");
        assertThat(payment.mandateReference()).isEqualTo("M-77");
        assertThat(payment.creditorId()).isEqualTo("DE98ZZZ09999999999");
        assertThat(payment.bankTransactionCode()).isEqualTo("NRTI+109");
    }
}
