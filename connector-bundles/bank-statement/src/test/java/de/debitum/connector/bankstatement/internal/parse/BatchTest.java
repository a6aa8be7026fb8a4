package de.debitum.connector.bankstatement.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.debitum.api.money.Money;

class BatchTest {

    private final Statement notification = Statements.read("camt054-batches-v08.xml").statements().get(0);

    @Test
    void batchWithDetailsGivesOnePaymentPerDetail() {
        List<Payment> payments = notification.entries().get(0).payments();

        assertThat(payments).extracting(Payment::amount)
                .containsExactly(Money.euro("100.00"), Money.euro("150.00"), Money.euro("100.00"));
        assertThat(payments).allMatch(payment -> !payment.batch());
        assertThat(payments).allMatch(payment -> payment.batchSize() == 3);
        assertThat(payments).extracting(Payment::entryExternalId).containsOnly("DE89370400440532013000:B1");
        assertThat(payments).extracting(Payment::externalId).containsExactly(
                "DE89370400440532013000:B1/B1-1", "DE89370400440532013000:B1/B1-2", "DE89370400440532013000:B1/B1-3");
    }

    @Test
    void batchDetailsKeepTheirOwnParties() {
        List<Payment> payments = notification.entries().get(0).payments();

        assertThat(payments.get(0).counterparty().name()).isEqualTo("Alpha AG");
        assertThat(payments.get(0).counterparty().iban()).isEqualTo("DE02120300000000202051");
        assertThat(payments.get(0).counterparty().bic()).isEqualTo("BYLADEM1001");
        assertThat(payments.get(0).endToEndId()).isEqualTo("INV-1");
        assertThat(payments.get(2).endToEndId()).as("NOTPROVIDED is no reference").isNull();
        assertThat(payments.get(2).remittanceText()).isEqualTo("Rechnung 3 Kunde 42");
    }

    @Test
    void batchWithoutDetailsStaysOneBatchPayment() {
        List<Payment> payments = notification.entries().get(1).payments();

        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).batch()).isTrue();
        assertThat(payments.get(0).batchSize()).isEqualTo(2);
        assertThat(payments.get(0).amount()).isEqualTo(Money.euro("75.00"));
    }

    @Test
    void detailsNotAddingUp() {
        List<Payment> payments = notification.entries().get(2).payments();

        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).batch()).isTrue();
        assertThat(payments.get(0).amount()).isEqualTo(Money.euro("-30.00"));
        assertThat(notification.notices()).extracting(Message::german)
                .anyMatch(text -> text.contains("Buchung 3") && text.contains("-30.00 EUR"));
    }

    @Test
    void notificationHasNoBalanceCheck() {
        assertThat(notification.format()).isEqualTo(StatementFormat.CAMT_054);
        assertThat(notification.balanceCheck().result()).isEqualTo(BalanceCheck.Result.NOT_APPLICABLE);
        assertThat(notification.account().bic()).isEqualTo("COBADEFFXXX");
    }

    @Test
    void germanCorpusBatchSplitsIntoTwo() throws Exception {
        // viafintech's German sample: entry 6.00 EUR debit with details 3.50 and 2.50 in AmtDtls/TxAmt (camt .02).
        java.nio.file.Path file = de.debitum.testing.Corpus.dir("bank/camt").resolve("viafintech_camt053_valid_example.xml");
        Entry entry = StatementReader.read(file.toString(), java.nio.file.Files.readAllBytes(file))
                .statements().get(0).entries().get(3);

        assertThat(entry.payments()).extracting(Payment::amount)
                .containsExactly(Money.euro("-3.50"), Money.euro("-2.50"));
        assertThat(entry.payments()).extracting(Payment::endToEndId)
                .containsExactly("STZV-EtE27122013-11:02-1", "STZV-EtE27122013-11:02-2");
        assertThat(entry.payments()).extracting(Payment::ultimateParty).containsOnly("Testkonto");
    }

    @Test
    void pendingReportEntryIsNoPayment() {
        Statement report = Statements.read("camt052-report-v08.xml").statements().get(0);

        assertThat(report.format()).isEqualTo(StatementFormat.CAMT_052);
        assertThat(report.entries()).hasSize(2);
        assertThat(report.entries().get(1).booked()).isFalse();
        assertThat(report.payments()).extracting(Payment::externalId).containsExactly("0532013000:N1");
        assertThat(report.balanceCheck().result()).isEqualTo(BalanceCheck.Result.BALANCED);
        assertThat(report.opening().amount()).isEqualTo(Money.euro("-10.00"));
    }
}
