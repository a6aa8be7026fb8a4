package de.debitum.matching.internal.amount;

import java.util.List;

import de.debitum.api.money.Money;
import de.debitum.matching.internal.engine.OpenInvoice;

/**
 * The fit of a payment's amount to a set of open items of one debtor, split into the
 * allocations that settle them.
 *
 * @param shares      per invoice: what the payment pays, the cash discount and the fee granted
 * @param creditUses  credit notes netted against the invoices
 * @param surplus     what the payment leaves over (an overpayment), zero otherwise
 * @param discountDays for a late cash discount, the days between issue and booking; 0 otherwise
 */
public record AmountFit(Kind kind, List<Share> shares, List<CreditUse> creditUses, Money surplus, long discountDays) {

    /** The amount rule that applied. */
    public enum Kind {
        EXACT,
        /** Cash discount (Skonto) taken within the days of one of the terms' tiers. */
        CASH_DISCOUNT,
        /** Cash discount deducted after its last day: a person decides whether to grant it. */
        CASH_DISCOUNT_LATE,
        /** A shortfall within the tenant's tolerance for deducted bank fees. */
        BANK_FEE,
        /** Less than open: the invoices stay open for the rest. */
        PARTIAL,
        /** More than open: the surplus stays on the debtor as credit. */
        OVERPAYMENT
    }

    public record Share(OpenInvoice invoice, Money payment, Money discount, Money fee) {
    }

    public record CreditUse(OpenInvoice creditNote, OpenInvoice invoice, Money amount) {
    }

    public AmountFit {
        shares = List.copyOf(shares);
        creditUses = List.copyOf(creditUses);
    }
}
