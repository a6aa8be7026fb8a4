package de.debitum.datacenter.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.debitum.api.model.PaymentData;
import de.debitum.datacenter.internal.Records;

class PaymentFingerprintTest {

    private static PaymentData withRemittance(PaymentData data, String externalId, String remittance, String endToEnd) {
        return new PaymentData(externalId, data.accountIban(), data.bookingDate(), data.valueDate(), data.amount(),
                data.counterpartyName(), data.counterpartyIban(), data.counterpartyBic(), remittance, endToEnd,
                data.creditorReference(), data.mandateReference(), data.returnReason(), data.fees(), data.batchId(),
                data.reversal());
    }

    @Test
    void endToEndIdIdentifiesAcrossSources() {
        PaymentData bank = Records.payment("ntry-1", "10.00", "E2E-1");
        PaymentData api = withRemittance(bank, "tx-9", "different text", "E2E-1");

        assertThat(PaymentFingerprint.of(api)).isEqualTo(PaymentFingerprint.of(bank));
    }

    @Test
    void remittanceComparedWithoutSpacesAndCase() {
        PaymentData bank = withRemittance(Records.payment("ntry-1", "10.00", null), "ntry-1", "RE-1 Kd. K-1", "NOTPROVIDED");
        PaymentData api = withRemittance(bank, "tx-9", "re 1 kd k 1", null);

        assertThat(PaymentFingerprint.of(api)).isEqualTo(PaymentFingerprint.of(bank));
    }

    @Test
    void differentAmountsDiffer() {
        assertThat(PaymentFingerprint.of(Records.payment("a", "10.00", "E2E-1")))
                .isNotEqualTo(PaymentFingerprint.of(Records.payment("a", "10.01", "E2E-1")));
    }
}
