package de.debitum.output.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import de.debitum.api.money.Money;

/**
 * The content of one dunning letter, before the tenant's texts are filled in.
 *
 * @param letterhead      the tenant's design and legal details
 * @param recipient       the debtor's name, address and language
 * @param mahnstufe       the dunning level, 1 to {@link #MAX_MAHNSTUFE}
 * @param noticeNumber    the dunning notice number; the creditor reference is made from it
 * @param letterDate      the date printed on the letter
 * @param paymentDeadline the date by which the debtor must pay
 * @param items           the overdue invoices, 1 to {@link #MAX_ITEMS}, all in one currency
 */
public record DunningLetterData(Letterhead letterhead, Recipient recipient, int mahnstufe,
                                String noticeNumber, LocalDate letterDate, LocalDate paymentDeadline,
                                List<OverdueItem> items) {

    /** The highest dunning level a text can be kept for. */
    public static final int MAX_MAHNSTUFE = 9;

    /** The maximum items one letter lists, about 17 pages. */
    public static final int MAX_ITEMS = 500;

    public DunningLetterData {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(noticeNumber, "noticeNumber");
        Objects.requireNonNull(letterDate, "letterDate");
        Objects.requireNonNull(paymentDeadline, "paymentDeadline");
        items = List.copyOf(items);
        checkMahnstufe(mahnstufe);
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidLetterException(
                    "Mahnung " + noticeNumber + " hat " + items.size() + " Posten; erlaubt sind 1 bis " + MAX_ITEMS + ".",
                    "Dunning notice " + noticeNumber + " has " + items.size() + " items; 1 to " + MAX_ITEMS + " are allowed.");
        }
        if (paymentDeadline.isBefore(letterDate)) {
            throw new InvalidLetterException(
                    "Die Zahlungsfrist " + paymentDeadline + " liegt vor dem Briefdatum " + letterDate + ".",
                    "The payment deadline " + paymentDeadline + " is before the letter date " + letterDate + ".");
        }
        Money first = items.get(0).amount();
        for (OverdueItem item : items) {
            if (!item.amount().currency().equals(first.currency())) {
                throw new InvalidLetterException(
                        "Mahnung " + noticeNumber + " mischt die Währungen " + first.currency() + " und "
                                + item.amount().currency() + " (Rechnung " + item.invoiceNumber() + "). Bitte je Währung eine Mahnung erstellen.",
                        "Dunning notice " + noticeNumber + " mixes the currencies " + first.currency() + " and "
                                + item.amount().currency() + " (invoice " + item.invoiceNumber() + "). Create one notice per currency.");
            }
        }
    }

    /** Returns the amount to pay: every item's amount, fees and interest. */
    public Money total() {
        Money sum = Money.zero(items.get(0).amount().currency());
        for (OverdueItem item : items) {
            sum = sum.plus(item.total());
        }
        return sum;
    }

    static void checkMahnstufe(int mahnstufe) {
        if (mahnstufe < 1 || mahnstufe > MAX_MAHNSTUFE) {
            throw new InvalidLetterException(
                    "Mahnstufe " + mahnstufe + " gibt es nicht; erlaubt sind 1 bis " + MAX_MAHNSTUFE + ".",
                    "Mahnstufe " + mahnstufe + " does not exist; 1 to " + MAX_MAHNSTUFE + " are allowed.");
        }
    }
}
