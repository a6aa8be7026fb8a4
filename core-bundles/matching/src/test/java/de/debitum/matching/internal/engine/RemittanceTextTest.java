package de.debitum.matching.internal.engine;

import static de.debitum.matching.internal.engine.Scenario.HUBER_IBAN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.debitum.api.model.AllocationKind;
import de.debitum.matching.MatchDecision;
import de.debitum.matching.Outcome;

/**
 * Verwendungszweck texts as payers type them and as German banks deliver them, in MT940 field 86
 * and camt.053 with SEPA qualifiers such as SVWZ+ and EREF+. Each text is for invoice
 * RE-2026-0815 of 119.00 EUR, beside invoice RE-2026-0816 of the same debtor and amount.
 */
class RemittanceTextTest {

    private static MatchDecision match(String text) {
        Scenario s = new Scenario().debtor(1, "Elektro Wagner GmbH", HUBER_IBAN)
                .invoice(815, 1, "RE-2026-0815", "119.00").invoice(816, 1, "RE-2026-0816", "119.00");
        s.pay("119.00", "ELEKTRO WAGNER GMBH", HUBER_IBAN, text);
        return s.only();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SVWZ+RE 2026-0815 KDNR 4711 EREF+NOTPROVIDED",
            "EREF+NOTPROVIDED SVWZ+Rechnung RE20260815",
            "Rechnungsnr. 2026/0815 Kundennr. 10023 Danke",
            "RG.NR.: RE-2026-0815 VOM 01.02.2026",
            "Ihre Rechnung Nr RE 2026 0815 Betrag 119,00 EUR",
            "RECHNUNG RE-2026-O815",
            "Rechn.-Nr. RE-2026-08\n15",
            "Beleg 2026-815 vielen Dank",
            "re-2026-815",
            "Zahlung zu Rg 2026 815 MfG Wagner",
            "KREF+RE2026-0815 SVWZ+Elektroarbeiten Maerz"})
    void typedTextFindsInvoice(String text) {
        MatchDecision decision = match(text);

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTOMATIC);
        assertThat(decision.applied().allocations())
                .filteredOn(allocation -> allocation.kind() == AllocationKind.PAYMENT)
                .singleElement().satisfies(allocation -> assertThat(allocation.documentId()).isEqualTo(815L));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Rechnung 815 und 816",
            "Abschlag Maerz",
            "Kd-Nr 2026 0817",
            "RE-2026-18150"})
    void textWithoutClearNumberIsNoAutomaticMatch(String text) {
        // Both invoices have the same amount, so only the number can tell them apart.
        assertThat(match(text).outcome()).isEqualTo(Outcome.SUGGESTION);
    }
}
