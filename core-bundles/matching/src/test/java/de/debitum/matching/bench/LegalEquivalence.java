package de.debitum.matching.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.debitum.api.money.Money;
import de.debitum.matching.internal.engine.OpenInvoice;

/**
 * Decides whether an automatic allocation that names other invoices than the generator's truth is
 * right all the same. When a payer names no invoice, the payer made no Tilgungsbestimmung and the
 * law decides which debts the payment settles (§ 366 Abs. 2 BGB: the debt due first, among due
 * ones the one with less security, then the more burdensome one, then the older one). Which of several equal amounts the generator wrote down as the truth is then
 * arbitrary. Such an allocation counts as right when its invoices belong to the true debtor and
 * have the same amounts as the true invoices. The check does not test that they are the ones due
 * first, so it also accepts a choice of a later invoice with the same amount.
 */
final class LegalEquivalence {

    private LegalEquivalence() {
    }

    /**
     * Returns whether the allocated invoices are right by § 366 Abs. 2 BGB though not the true ones.
     *
     * @param allocated the generator's ids of the invoices the payment was allocated to
     * @param invoices  the generated invoices by the generator's id
     */
    static boolean equivalent(GermanTenantGenerator.TruePayment truth, Collection<Long> allocated,
                              Map<Long, OpenInvoice> invoices) {
        if (!truth.namesNoInvoice() || allocated.isEmpty() || allocated.size() != truth.settles().size()
                || truth.settles().containsAll(allocated)) {
            return false;
        }
        long debtorId = invoices.get(truth.settles().iterator().next()).debtorId();
        List<Money> trueAmounts = new ArrayList<>();
        for (long id : truth.settles()) {
            trueAmounts.add(invoices.get(id).amountDue());
        }
        List<Money> allocatedAmounts = new ArrayList<>();
        for (long id : allocated) {
            OpenInvoice invoice = invoices.get(id);
            if (invoice == null || invoice.debtorId() != debtorId) {
                return false;
            }
            allocatedAmounts.add(invoice.amountDue());
        }
        for (Money amount : trueAmounts) {
            if (!allocatedAmounts.remove(amount)) {
                return false;
            }
        }
        return allocatedAmounts.isEmpty();
    }
}
