package de.debitum.ledger.internal.booking;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import de.debitum.api.ledger.AccountRole;
import de.debitum.api.ledger.AllocationEvent;
import de.debitum.api.ledger.Booking;
import de.debitum.api.ledger.BookingDraft;
import de.debitum.api.ledger.LedgerSettings;
import de.debitum.api.ledger.PaymentEvent;
import de.debitum.api.ledger.SourceType;
import de.debitum.api.model.Allocation;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.Payment;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.ledger.Charge;

/**
 * Decides the bookings of each business event: which accounts, amounts and tax keys. It reads
 * nothing and stores nothing, because the service applies its result.
 *
 * <p>A tax key is left out on automatic accounts, where DATEV computes the tax itself.
 */
public final class BookingRules {

    /** Days of events without a bank date are German calendar days. */
    public static final ZoneId LEDGER_ZONE = ZoneId.of("Europe/Berlin");

    private final LedgerSettings settings;
    private final Set<Integer> automaticAccounts;

    public BookingRules(LedgerSettings settings, Set<Integer> automaticAccounts) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.automaticAccounts = Set.copyOf(automaticAccounts);
    }

    /**
     * Books a document on the debtor account. An invoice debits the debtor and credits revenue per
     * VAT line, and a credit note books the other way. A cancellation is a Generalumkehr of an
     * invoice with the same accounts and tax keys, under the cancelled invoice's number.
     */
    public List<BookingDraft> document(ReceivableDocument document, int debtorAccount) {
        DocumentData data = document.data();
        requireEuro(data.amountDue(), "Document " + data.number());
        List<BookingDraft> drafts = new ArrayList<>();
        DocumentKind kind = data.kind();
        boolean cancellation = kind == DocumentKind.CANCELLATION;
        String belegfeld = cancellation && data.precedingNumber() != null ? data.precedingNumber() : data.number();
        String text = switch (kind) {
            case INVOICE -> "Rechnung " + data.number();
            case CORRECTED_INVOICE -> "Rechnungskorrektur " + data.number();
            case CREDIT_NOTE -> "Gutschrift " + data.number();
            case CANCELLATION -> "Storno " + data.number() + (data.precedingNumber() == null ? "" : " zu " + data.precedingNumber());
        };
        for (VatLine line : data.vatLines()) {
            Money gross = line.net().plus(line.tax());
            if (gross.isZero()) {
                continue;
            }
            VatTreatment treatment = VatTreatment.of(line, data.number());
            int revenue = settings.account(treatment.revenueRole());
            String key = keyFor(treatment.taxKey(), revenue);
            boolean debtorDebit = kind == DocumentKind.CREDIT_NOTE ? gross.signum() < 0 : gross.signum() > 0;
            if (cancellation) {
                // Generalumkehr: written with the invoice's sides, and DATEV takes the amount back.
                debtorDebit = true;
            }
            drafts.add(new BookingDraft(data.issueDate(), debtorDebit ? debtorAccount : revenue,
                    debtorDebit ? revenue : debtorAccount, gross.abs(), key, belegfeld, text, debtorAccount,
                    cancellation ? null : data.dueDate(), null, cancellation));
        }
        if (drafts.isEmpty()) {
            throw new UnbookableEvent("Document " + data.number() + " has no VAT line with an amount, so it has nothing to book.");
        }
        return drafts;
    }

    /**
     * Reverses the bookings of an earlier version of an event by Generalumkehr, dated
     * {@code date}: each booking that is no reversal itself and was not reversed yet.
     */
    public List<BookingDraft> reversal(List<Booking> previous, LocalDate date) {
        Set<Long> reversed = new HashSet<>();
        previous.stream().filter(booking -> booking.correctionOf() != null).forEach(booking -> reversed.add(booking.correctionOf()));
        List<BookingDraft> drafts = new ArrayList<>();
        for (Booking booking : previous) {
            if (booking.correctionOf() != null || reversed.contains(booking.id())) {
                continue;
            }
            drafts.add(new BookingDraft(date, booking.debitAccount(), booking.creditAccount(), booking.amount(),
                    booking.taxKey(), booking.belegfeld1(), "Korrektur " + nullToEmpty(booking.text()), booking.debtorAccount(),
                    null, booking.id(), !booking.generalumkehr()));
        }
        return drafts;
    }

    /**
     * Books an allocation. A payment goes from the bank to the debtor, and a returned direct debit
     * from the debtor back to the bank. A cash discount or write-off is split by the document's
     * VAT rates with their tax keys, and a fee the payer deducted is booked as bank charges. A
     * credit note settling an invoice books nothing, because both are on the same debtor account.
     *
     * @param overpaymentDebtorAccount the debtor account the payment's overpayment was booked to,
     *     or null when the allocation uses new money
     */
    public List<BookingDraft> allocation(AllocationEvent event, int debtorAccount, Integer overpaymentDebtorAccount) {
        Allocation allocation = event.allocation();
        ReceivableDocument document = event.document();
        Payment payment = event.payment();
        String number = document.data().number();
        requireEuro(allocation.amount(), "Allocation " + allocation.id());
        LocalDate date = payment != null ? payment.data().bookingDate()
                : allocation.createdAt().atZone(LEDGER_ZONE).toLocalDate();
        Money amount = allocation.amount();
        if (amount.isZero()) {
            return List.of();
        }
        return switch (allocation.kind()) {
            case PAYMENT -> payment(event, debtorAccount, overpaymentDebtorAccount, date, number);
            case CASH_DISCOUNT -> splitByVat(document, amount, settings.account(AccountRole.CASH_DISCOUNT), debtorAccount, date,
                    "Skonto " + number);
            case WRITE_OFF -> splitByVat(document, amount, settings.account(AccountRole.WRITE_OFF), debtorAccount, date,
                    "Forderungsverlust " + number);
            case FEE -> List.of(draft(date, settings.account(AccountRole.BANK_FEES), debtorAccount, amount, null, number,
                    "Gebühr abgezogen " + number, debtorAccount));
            case CREDIT_NOTE -> List.of();
        };
    }

    private List<BookingDraft> payment(AllocationEvent event, int debtorAccount, Integer overpaymentDebtorAccount,
                                       LocalDate date, String number) {
        Payment payment = Objects.requireNonNull(event.payment(), "payment of a PAYMENT allocation");
        Money amount = event.allocation().amount();
        int bank = settings.bankAccount(payment.data().accountIban());
        if (payment.data().amount().signum() < 0) {
            String reason = payment.data().returnReason() == null ? "" : " (" + payment.data().returnReason() + ")";
            return List.of(draft(date, debtorAccount, bank, amount, null, number, "Rücklastschrift " + number + reason,
                    debtorAccount));
        }
        if (overpaymentDebtorAccount != null) {
            if (overpaymentDebtorAccount == debtorAccount) {
                return List.of();
            }
            return List.of(draft(date, overpaymentDebtorAccount, debtorAccount, amount, null, number,
                    "Guthaben verrechnet " + number, debtorAccount));
        }
        return List.of(draft(date, bank, debtorAccount, amount, null, number, "Zahlung " + number, debtorAccount));
    }

    /**
     * Books the charges of a received payment as bank charges against the bank account. The part
     * of them that matching allocated as a FEE on a document was deducted from the payment, is
     * booked against the debtor by that allocation, and is left out here.
     */
    public List<BookingDraft> bankFee(PaymentEvent event) {
        Payment payment = event.payment();
        Money fees = payment.data().fees().abs().minus(event.feesAllocated());
        requireEuro(fees, "Payment " + payment.id());
        if (fees.signum() <= 0) {
            return List.of();
        }
        return List.of(draft(payment.data().bookingDate(), settings.account(AccountRole.BANK_FEES),
                settings.bankAccount(payment.data().accountIban()), fees, null, paymentReference(payment),
                "Bankgebühren Zahlung " + payment.id(), null));
    }

    /**
     * Books the fee of a returned direct debit: charged to the debtor when the settings charge it
     * to the debtor and the return is allocated to a debtor, otherwise as bank charges.
     *
     * @param debtorAccount the debtor's account, or null when the return is not allocated
     */
    public List<BookingDraft> returnFee(Payment payment, Integer debtorAccount) {
        // NOTE: assumes that the return entry's amount is the returned payment plus the fee, and
        // that matching allocates the returned payment without the fee. An allocation that
        // includes the fee charges it to the debtor twice.
        Money fees = payment.data().fees().abs();
        requireEuro(fees, "Payment " + payment.id());
        int bank = settings.bankAccount(payment.data().accountIban());
        if (settings.returnFeeToDebtor()) {
            if (debtorAccount == null) {
                throw new UnbookableEvent("Return fee of payment " + payment.id() + " waits until the return is allocated"
                        + " to a document, because the settings charge it to the debtor.");
            }
            return List.of(draft(payment.data().bookingDate(), debtorAccount, bank, fees, null, paymentReference(payment),
                    "Rücklastschriftgebühr Zahlung " + payment.id(), debtorAccount));
        }
        return List.of(draft(payment.data().bookingDate(), settings.account(AccountRole.BANK_FEES), bank, fees, null,
                paymentReference(payment), "Rücklastschriftgebühr Zahlung " + payment.id(), null));
    }

    /** Books the part of a payment beyond its allocations as a credit on the debtor account. */
    public List<BookingDraft> overpayment(PaymentEvent event, int debtorAccount) {
        Payment payment = event.payment();
        Money rest = payment.data().amount().minus(event.allocated());
        requireEuro(rest, "Payment " + payment.id());
        return List.of(draft(payment.data().bookingDate(), settings.bankAccount(payment.data().accountIban()), debtorAccount,
                rest, null, paymentReference(payment), "Überzahlung Zahlung " + payment.id(), debtorAccount));
    }

    /** Books a dunning fee or default interest on the debtor. Neither carries VAT. */
    public List<BookingDraft> charge(Charge charge, ReceivableDocument document, int debtorAccount) {
        requireEuro(charge.amount(), "Charge " + charge.chargeId());
        boolean fee = charge.type() == SourceType.DUNNING_FEE;
        int account = settings.account(fee ? AccountRole.DUNNING_FEES : AccountRole.DEFAULT_INTEREST);
        String number = document.data().number();
        return List.of(draft(charge.date(), debtorAccount, account, charge.amount(), null, number,
                (fee ? "Mahngebühr " : "Verzugszinsen ") + number, debtorAccount));
    }

    /** Splits a gross amount over the document's VAT lines in proportion to their gross. The last line takes the rest. */
    private List<BookingDraft> splitByVat(ReceivableDocument document, Money amount, int account, int debtorAccount,
                                          LocalDate date, String text) {
        DocumentData data = document.data();
        List<VatLine> lines = data.vatLines().stream().filter(line -> !line.net().plus(line.tax()).isZero()).toList();
        Money gross = data.grossTotal();
        if (lines.isEmpty() || gross.isZero()) {
            throw new UnbookableEvent("Document " + data.number() + " has no VAT breakdown to split " + amount + " by.");
        }
        List<BookingDraft> drafts = new ArrayList<>();
        Money left = amount;
        for (int i = 0; i < lines.size(); i++) {
            VatLine line = lines.get(i);
            Money share = i == lines.size() - 1 ? left
                    : Money.of(amount.amount().multiply(line.net().plus(line.tax()).amount())
                            .divide(gross.amount(), 2, RoundingMode.HALF_UP), amount.currency());
            left = left.minus(share);
            if (share.isZero()) {
                continue;
            }
            String key = keyFor(VatTreatment.of(line, data.number()).taxKey(), account);
            drafts.add(share.signum() > 0
                    ? new BookingDraft(date, account, debtorAccount, share, key, data.number(), text, debtorAccount, null, null, false)
                    : new BookingDraft(date, debtorAccount, account, share.abs(), key, data.number(), text, debtorAccount, null,
                            null, false));
        }
        return drafts;
    }

    private static BookingDraft draft(LocalDate date, int debit, int credit, Money amount, String key, String belegfeld,
                                      String text, Integer debtorAccount) {
        if (amount.signum() < 0) {
            return new BookingDraft(date, credit, debit, amount.abs(), key, belegfeld, text, debtorAccount, null, null, false);
        }
        return new BookingDraft(date, debit, credit, amount, key, belegfeld, text, debtorAccount, null, null, false);
    }

    private String keyFor(String key, int account) {
        return key == null || automaticAccounts.contains(account) ? null : key;
    }

    private static String paymentReference(Payment payment) {
        String reference = payment.data().endToEndId();
        if (reference == null || reference.isBlank() || "NOTPROVIDED".equals(reference)) {
            return "Z" + payment.id();
        }
        return reference;
    }

    private static void requireEuro(Money amount, String what) {
        if (!Money.EUR.equals(amount.currency())) {
            throw new UnbookableEvent(what + " is in " + amount.currency() + ", but the ledger books EUR only.");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
