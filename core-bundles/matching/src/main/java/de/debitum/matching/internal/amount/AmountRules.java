package de.debitum.matching.internal.amount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.money.Money;
import de.debitum.matching.internal.engine.OpenInvoice;

/**
 * Fits a payment amount to open items: exact, with cash discount, with bank fees, partial or
 * overpaid. Credit notes in the set are netted against the invoices first.
 */
public final class AmountRules {

    /** Payers round a discount each their own way; one cent per invoice is accepted. */
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final Money feeTolerance;

    public AmountRules(Money feeTolerance) {
        this.feeTolerance = feeTolerance;
    }

    /**
     * Fits {@code amount}, booked on {@code booked}, to the invoices and credit notes. The
     * invoices must have a positive open amount, the credit notes a negative one.
     */
    public AmountFit fit(List<OpenInvoice> invoices, List<OpenInvoice> creditNotes, Money amount, LocalDate booked) {
        List<OpenInvoice> ordered = new ArrayList<>(invoices);
        ordered.sort(Comparator.comparing(AmountRules::dueOrIssue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OpenInvoice::documentId));
        List<AmountFit.CreditUse> creditUses = netCredits(ordered, creditNotes);
        List<Money> remaining = remainingAfterCredits(ordered, creditUses);
        Money net = sum(remaining, amount);
        Money zero = Money.zero(amount.currency());

        if (amount.equals(net)) {
            return exact(ordered, remaining, creditUses, zero);
        }
        AmountFit discounted = discount(ordered, remaining, creditUses, amount, booked, true);
        if (discounted != null) {
            return discounted;
        }
        AmountFit late = discount(ordered, remaining, creditUses, amount, booked, false);
        if (late != null) {
            return late;
        }
        Money gap = net.minus(amount);
        // The tolerance is set in one currency; payments in any other get no fee rule.
        boolean toleranceApplies = gap.currency().equals(feeTolerance.currency());
        if (gap.signum() > 0 && toleranceApplies && !gap.isGreaterThan(feeTolerance)) {
            return feeFit(ordered, remaining, creditUses, gap, zero);
        }
        if (gap.signum() > 0) {
            return partial(ordered, remaining, creditUses, amount, zero);
        }
        AmountFit paid = exact(ordered, remaining, creditUses, zero);
        return new AmountFit(AmountFit.Kind.OVERPAYMENT, paid.shares(), creditUses, gap.negate(), 0);
    }

    /** Returns the cash discount of an invoice paid on {@code booked}, zero when no tier's days cover it. */
    public static Money discountOn(OpenInvoice invoice, LocalDate booked, boolean withinTerms) {
        Money zero = Money.zero(invoice.open().currency());
        // Skonto is a share of the full amount; an invoice paid in part has no clear discount left.
        if (!invoice.open().equals(invoice.amountDue()) || invoice.issueDate() == null) {
            return zero;
        }
        long days = ChronoUnit.DAYS.between(invoice.issueDate(), booked);
        BigDecimal best = null;
        for (CashDiscountTier tier : invoice.terms().cashDiscounts()) {
            if ((!withinTerms || days <= tier.days()) && (best == null || tier.percent().compareTo(best) > 0)) {
                best = tier.percent();
            }
        }
        return best == null ? zero : invoice.amountDue().percent(best);
    }

    private AmountFit discount(List<OpenInvoice> ordered, List<Money> remaining, List<AmountFit.CreditUse> creditUses,
                               Money amount, LocalDate booked, boolean withinTerms) {
        List<Money> discounts = new ArrayList<>();
        Money total = Money.zero(amount.currency());
        for (OpenInvoice invoice : ordered) {
            Money discount = discountOn(invoice, booked, withinTerms);
            discounts.add(discount);
            total = total.plus(discount);
        }
        if (total.isZero()) {
            return null;
        }
        Money expected = sum(remaining, amount).minus(total);
        BigDecimal tolerance = CENT.multiply(BigDecimal.valueOf(ordered.size()));
        if (expected.minus(amount).amount().abs().compareTo(tolerance) > 0) {
            return null;
        }
        // The payer's rounding difference goes onto the discount of the last invoice.
        Money difference = expected.minus(amount);
        List<AmountFit.Share> shares = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Money discount = discounts.get(i);
            if (i == ordered.size() - 1) {
                discount = discount.plus(difference);
            }
            Money zero = Money.zero(amount.currency());
            shares.add(new AmountFit.Share(ordered.get(i), remaining.get(i).minus(discount), discount, zero));
        }
        long days = ordered.get(0).issueDate() == null ? 0 : ChronoUnit.DAYS.between(ordered.get(0).issueDate(), booked);
        AmountFit.Kind kind = withinTerms ? AmountFit.Kind.CASH_DISCOUNT : AmountFit.Kind.CASH_DISCOUNT_LATE;
        return new AmountFit(kind, shares, creditUses, Money.zero(amount.currency()), withinTerms ? 0 : days);
    }

    private static AmountFit exact(List<OpenInvoice> ordered, List<Money> remaining, List<AmountFit.CreditUse> creditUses,
                                   Money zero) {
        List<AmountFit.Share> shares = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            shares.add(new AmountFit.Share(ordered.get(i), remaining.get(i), zero, zero));
        }
        return new AmountFit(AmountFit.Kind.EXACT, shares, creditUses, zero, 0);
    }

    private static AmountFit feeFit(List<OpenInvoice> ordered, List<Money> remaining, List<AmountFit.CreditUse> creditUses,
                                    Money gap, Money zero) {
        List<AmountFit.Share> shares = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            boolean last = i == ordered.size() - 1;
            Money payment = last ? remaining.get(i).minus(gap) : remaining.get(i);
            shares.add(new AmountFit.Share(ordered.get(i), payment, zero, last ? gap : zero));
        }
        return new AmountFit(AmountFit.Kind.BANK_FEE, shares, creditUses, zero, 0);
    }

    private static AmountFit partial(List<OpenInvoice> ordered, List<Money> remaining, List<AmountFit.CreditUse> creditUses,
                                     Money amount, Money zero) {
        List<AmountFit.Share> shares = new ArrayList<>();
        Money left = amount;
        for (int i = 0; i < ordered.size() && left.signum() > 0; i++) {
            Money payment = left.isLessThan(remaining.get(i)) ? left : remaining.get(i);
            shares.add(new AmountFit.Share(ordered.get(i), payment, zero, zero));
            left = left.minus(payment);
        }
        return new AmountFit(AmountFit.Kind.PARTIAL, shares, creditUses, zero, 0);
    }

    /** Spreads the credit notes over the invoices, oldest invoice first. */
    private static List<AmountFit.CreditUse> netCredits(List<OpenInvoice> ordered, List<OpenInvoice> creditNotes) {
        List<AmountFit.CreditUse> uses = new ArrayList<>();
        List<Money> open = new ArrayList<>();
        ordered.forEach(invoice -> open.add(invoice.open()));
        for (OpenInvoice creditNote : creditNotes) {
            Money credit = creditNote.open().negate();
            for (int i = 0; i < ordered.size() && credit.signum() > 0; i++) {
                if (open.get(i).signum() <= 0) {
                    continue;
                }
                Money used = credit.isLessThan(open.get(i)) ? credit : open.get(i);
                uses.add(new AmountFit.CreditUse(creditNote, ordered.get(i), used));
                open.set(i, open.get(i).minus(used));
                credit = credit.minus(used);
            }
        }
        return uses;
    }

    private static List<Money> remainingAfterCredits(List<OpenInvoice> ordered, List<AmountFit.CreditUse> uses) {
        List<Money> remaining = new ArrayList<>();
        for (OpenInvoice invoice : ordered) {
            Money left = invoice.open();
            for (AmountFit.CreditUse use : uses) {
                if (use.invoice() == invoice) {
                    left = left.minus(use.amount());
                }
            }
            remaining.add(left);
        }
        return remaining;
    }

    private static Money sum(List<Money> amounts, Money like) {
        Money total = Money.zero(like.currency());
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    private static LocalDate dueOrIssue(OpenInvoice invoice) {
        return invoice.dueDate() != null ? invoice.dueDate() : invoice.issueDate();
    }
}
