package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.money.Money;
import de.debitum.testing.Corpus;

/** Chosen entries of the corpus, with values read from the files: sign, parties, references, return codes. */
class CorpusEntriesTest {

    private static ParseResult read(String folder, String name) throws IOException {
        Path file = Corpus.dir(folder).resolve(name);
        return StatementReader.read(name, Files.readAllBytes(file));
    }

    @Test
    void camt054ReturnedDirectDebit() throws IOException {
        Payment payment = read("bank/camt", "viafintech_camt054_valid_example.xml").payments().get(3);

        assertThat(payment.amount()).isEqualTo(Money.of("-6.00", "CHF"));
        assertThat(payment.reversal()).isTrue();
        assertThat(payment.returnReason()).isEqualTo("MD06");
        assertThat(payment.charges()).isEqualTo(Money.of("0.70", "CHF"));
        assertThat(payment.endToEndId()).isEqualTo("EndToEnd-2B6C-CHDDBB5");
        assertThat(payment.counterparty().name()).isEqualTo("Bernasconi Maria");
        assertThat(payment.counterparty().iban()).isEqualTo("CH3709000000250094580");
        assertThat(payment.counterparty().bic()).isEqualTo("POFICHBEXXX");
        assertThat(payment.externalId()).isEqualTo("CH0309000000250090342:20160410375244000000000000000082");
    }

    @Test
    void camt053BatchWithoutDetails() throws IOException {
        Payment payment = read("bank/camt", "viafintech_camt053_valid_example_with_batch.xml").payments().get(0);

        assertThat(payment.batch()).isTrue();
        assertThat(payment.batchSize()).isEqualTo(3);
        assertThat(payment.amount()).isEqualTo(Money.euro("-4753.74"));
        assertThat(payment.bankTransactionCode()).isEqualTo("PMNT/ICDT/ESCT (00200)");
    }

    @Test
    void camt053Version08PartyAndDateTime() throws IOException {
        Payment payment = read("bank/camt", "genkgo_camt053.v8.xml").payments().get(0);

        assertThat(payment.amount()).isEqualTo(Money.euro("8.85"));
        assertThat(payment.bookingDate()).isEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(payment.valueDate()).isEqualTo(LocalDate.of(2015, 1, 2));
        assertThat(payment.counterparty().name()).isEqualTo("NAME NAME");
        assertThat(payment.endToEndId()).isEqualTo("MUELL/FINP/RA12345");
        assertThat(payment.creditorReference()).isEqualTo(new CreditorReference("4654654654654654", false));
    }

    @Test
    void camt053Version04EntryCharges() throws IOException {
        Entry entry = read("bank/camt", "viafintech_camt053_valid_example_v4.xml").statements().get(0).entries().get(6);

        assertThat(entry.amount()).isEqualTo(Money.of("1000.00", "CHF"));
        assertThat(entry.charges()).isEqualTo(Money.of("5.20", "CHF"));
        assertThat(entry.payments()).hasSize(10);
    }

    @Test
    void camt053GermanDirectDebitReferences() throws IOException {
        Payment payment = read("bank/camt", "viafintech_camt053_valid_example.xml").payments().get(0);

        assertThat(payment.amount()).isEqualTo(Money.euro("-2.00"));
        assertThat(payment.endToEndId()).isEqualTo("EndToEndReference");
        assertThat(payment.mandateReference()).isEqualTo("MandateReference");
        assertThat(payment.creditorId()).isEqualTo("CreditorIdentifier");
        assertThat(payment.bankTransactionCode()).isEqualTo("NTRF+020");
    }

    @Test
    void mt940GermanSepaCredit() throws IOException {
        Payment payment = read("bank/mt940", "betterplace_sepa_snippet.sta").payments().get(0);

        assertThat(payment.amount()).isEqualTo(Money.euro("50990.05"));
        assertThat(payment.valueDate()).isEqualTo(LocalDate.of(2007, 9, 7));
        assertThat(payment.bookingDate()).isEqualTo(LocalDate.of(2007, 9, 4));
        assertThat(payment.counterparty().name()).isEqualTo("KARL KAUFMANN");
        assertThat(payment.counterparty().iban()).isEqualTo("DE14508800500194785000");
        assertThat(payment.counterparty().bic()).isEqualTo("DRESDEFF508");
        assertThat(payment.endToEndId()).isEqualTo("EndToEndId TFNR 22 004 00001");
        assertThat(payment.remittanceText()).isEqualTo("Verw CTSc-01 BC-PPP TFNr 22 004");
        assertThat(payment.bankTransactionCode()).isEqualTo("NTRF+166");
    }

    @Test
    void mt940DirectDebitKeywordsSplitMidWord() throws IOException {
        Payment payment = read("bank/mt940", "wolph_gv_codes.sta").payments().get(0);

        assertThat(payment.amount()).isEqualTo(Money.euro("-233.15"));
        assertThat(payment.endToEndId()).isEqualTo("1234567890123 PAYPAL");
        assertThat(payment.mandateReference()).isEqualTo("12AB234CD6E7F");
        assertThat(payment.creditorId()).isEqualTo("AB12CDE0000000000000000034");
        assertThat(payment.counterparty().name()).isEqualTo("PayPal (Europe) S.a.r.l. et");
    }

    @Test
    void mt940UltimatePartyFromSubfields60To63() throws IOException {
        Payment payment = read("bank/mt940", "wolph_details_60-63.sta").payments().get(0);

        assertThat(payment.ultimateParty()).isEqualTo("Finanzamt Muenchen Abteilung Erhebung");
        assertThat(payment.counterparty().name()).isEqualTo("Finanzamt Muenchen Abteilung Erhebung");
        assertThat(payment.counterparty().bic()).isEqualTo("BYLADEMM");
        // ?20 is full (27 characters) and ?60 continues the purpose, so the EREF+ value runs on into it.
        assertThat(payment.endToEndId()).isEqualTo("123/123/12345-----L110000000012345 BIC: BYLADEMM ABWA: Finanzamt Muenchen");
    }

    @Test
    void mt940LegacyClosingWithoutCurrency() throws IOException {
        ParseResult result = read("bank/mt940", "wolph_raphaelm.sta");

        assertThat(result.statements()).extracting(s -> s.currency().getCurrencyCode()).containsOnly("DEM");
        assertThat(result.statements().get(0).notices()).extracting(Message::german)
                .containsExactly("Zeile 27: Der Saldo :62M: hat keine Währung; die Währung DEM des Anfangssaldos wurde angenommen.");
    }

    @Test
    void mt942TotalsCompared() throws IOException {
        Statement statement = read("bank/mt940", "wolph_mt942.sta").statements().get(0);

        assertThat(statement.format()).isEqualTo(StatementFormat.MT942);
        assertThat(statement.opening()).isNull();
        assertThat(statement.balanceCheck().reason().german()).contains("2.30 EUR", "0.42 EUR");
    }

    static List<Path> allCorpusFiles() {
        return java.util.stream.Stream.of("bank/camt", "bank/mt940").flatMap(f -> Corpus.files(f).stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCorpusFiles")
    void externalIdsUniqueAndStable(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        List<String> first = StatementReader.read("a", content).payments().stream().map(Payment::externalId).toList();
        List<String> second = StatementReader.read("b", content).payments().stream().map(Payment::externalId).toList();

        Set<String> unique = new HashSet<>(first);
        assertThat(unique).hasSameSizeAs(first);
        assertThat(second).isEqualTo(first);
    }
}
