package de.debitum.matching.internal.engine;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import de.debitum.api.money.Money;
import de.debitum.matching.Evidence;
import de.debitum.matching.internal.amount.AmountFit;
import de.debitum.matching.internal.reference.ReferenceHit;

/** The German and English sentences of explanations. German is what users read first. */
final class Texts {

    private Texts() {
    }

    static Evidence reference(ReferenceHit hit, String number) {
        return switch (hit.strength()) {
            case CREDITOR_REFERENCE -> new Evidence("creditor-reference", hit.found(),
                    "Die Gläubigerreferenz " + hit.found() + " ist gültig (Prüfziffer nach ISO 11649) und nennt Beleg "
                            + number + ".",
                    "Creditor reference " + hit.found() + " is valid (ISO 11649 check digits) and names document "
                            + number + ".");
            case NORMALIZED -> new Evidence("reference", hit.found(),
                    "Der Verwendungszweck nennt Beleg " + number + " als „" + hit.found() + "“.",
                    "The remittance text names document " + number + " as \"" + hit.found() + "\".");
            case CORRECTED -> new Evidence("reference-corrected", hit.found(),
                    "Der Verwendungszweck nennt Beleg " + number + " mit Schreibvarianten als „" + hit.found()
                            + "“ (O/0, I/1 oder Zeilenumbruch).",
                    "The remittance text names document " + number + " with typing variants as \"" + hit.found()
                            + "\" (O/0, I/1 or a line break).");
        };
    }

    static Evidence ibanKnown(String iban, String debtorName) {
        return new Evidence("iban", masked(iban),
                "Die IBAN " + masked(iban) + " ist für " + debtorName + " bekannt (Stammdaten oder bestätigte Zahlung).",
                "IBAN " + masked(iban) + " is known for " + debtorName + " (master data or a confirmed payment).");
    }

    static Evidence mandateKnown(String mandate, String debtorName) {
        return new Evidence("mandate", mandate,
                "Die Mandatsreferenz " + mandate + " gehört zu früheren Zahlungen von " + debtorName + ".",
                "Mandate reference " + mandate + " belongs to earlier payments of " + debtorName + ".");
    }

    static Evidence customerNumber(DebtorProfile debtor) {
        return new Evidence("customer-number", debtor.customerNumber(),
                "Der Verwendungszweck nennt die Kundennummer " + debtor.customerNumber() + " von " + debtor.name() + ".",
                "The remittance text names customer number " + debtor.customerNumber() + " of " + debtor.name() + ".");
    }

    static Evidence ibanOfOther(String iban) {
        return new Evidence("iban-conflict", masked(iban),
                "Die IBAN " + masked(iban) + " gehört zu einem anderen Debitor.",
                "IBAN " + masked(iban) + " belongs to another debtor.");
    }

    static Evidence name(String payer, String debtorName, double similarity) {
        String percent = String.valueOf(Math.round(similarity * 100));
        return new Evidence("name", payer,
                "Der Name des Zahlers „" + payer + "“ entspricht „" + debtorName + "“ zu " + percent + " %.",
                "The payer's name \"" + payer + "\" matches \"" + debtorName + "\" by " + percent + " %.");
    }

    static Evidence nameAlias(String payer, String alias, String debtorName, double similarity) {
        String percent = String.valueOf(Math.round(similarity * 100));
        return new Evidence("name-alias", payer,
                "Der Name des Zahlers „" + payer + "“ entspricht zu " + percent + " % dem Zahler „" + alias
                        + "“, der für " + debtorName + " bestätigt wurde.",
                "The payer's name \"" + payer + "\" matches \"" + alias + "\", a payer confirmed for " + debtorName
                        + ", by " + percent + " %.");
    }

    static Evidence unknownNumbers(List<String> numbers) {
        String listed = String.join(", ", numbers);
        return new Evidence("reference-unknown", listed,
                "Der Verwendungszweck nennt " + listed + ", aber kein offener Beleg hat diese Nummer (noch nicht"
                        + " eingelesen oder schon bezahlt). Bitte prüfen, bevor die Zahlung einem anderen Beleg"
                        + " zugeordnet wird.",
                "The remittance text names " + listed + ", but no open document has that number (not imported yet,"
                        + " or paid already). Check before the payment is allocated to another document.");
    }

    static Evidence unknownPayer(String payer) {
        String displayedName = payer == null ? "?" : payer;
        return new Evidence("payer-unknown", displayedName,
                "Der Zahler „" + displayedName + "“ ist keinem Debitor zugeordnet.",
                "The payer \"" + displayedName + "\" is not known as a debtor.");
    }

    static Evidence amount(AmountFit fit, Money paid, boolean unique) {
        String numbers = numbers(fit);
        String only = unique ? " Kein anderer offener Posten passt." : " Andere offene Posten passen ebenso.";
        String onlyEn = unique ? " No other open item fits." : " Other open items fit as well.";
        return switch (fit.kind()) {
            case EXACT -> new Evidence("amount-exact", paid.toString(),
                    "Der Betrag " + de(paid) + " entspricht genau dem offenen Betrag von " + numbers + "." + only,
                    "The amount " + paid + " equals the open amount of " + numbers + "." + onlyEn);
            case CASH_DISCOUNT -> new Evidence("amount-cash-discount", paid.toString(),
                    "Der Betrag " + de(paid) + " ist der offene Betrag von " + numbers + " abzüglich Skonto innerhalb der Frist."
                            + only,
                    "The amount " + paid + " is the open amount of " + numbers
                            + " less the cash discount, within its terms." + onlyEn);
            case CASH_DISCOUNT_LATE -> new Evidence("amount-cash-discount-late", paid.toString(),
                    "Der Betrag " + de(paid) + " ist der offene Betrag von " + numbers + " abzüglich Skonto, aber "
                            + fit.discountDays() + " Tage nach Rechnungsdatum, nach Ablauf der Skontofrist.",
                    "The amount " + paid + " is the open amount of " + numbers + " less the cash discount, but "
                            + fit.discountDays() + " days after the issue date, after the discount period.");
            case BANK_FEE -> new Evidence("amount-bank-fee", paid.toString(),
                    "Der Betrag " + de(paid) + " liegt um " + feesDe(fit) + " unter dem offenen Betrag von " + numbers
                            + ", innerhalb der Toleranz für Bankgebühren.",
                    "The amount " + paid + " is " + fees(fit) + " below the open amount of " + numbers
                            + ", within the tolerance for bank fees.");
            case PARTIAL -> new Evidence("amount-partial", paid.toString(),
                    "Teilzahlung: " + de(paid) + " auf " + numbers + "; der Rest bleibt offen.",
                    "Partial payment: " + paid + " on " + numbers + "; the rest stays open.");
            case OVERPAYMENT -> new Evidence("amount-overpayment", paid.toString(),
                    "Überzahlung: " + numbers + " ist ausgeglichen, " + de(fit.surplus()) + " bleiben als Guthaben des Debitors.",
                    "Overpayment: " + numbers + " is settled, " + fit.surplus() + " stays as the debtor's credit.");
        };
    }

    /** Returns the evidence of an exact amount where other open items fit only with a deducted bank fee. */
    static Evidence amountExactBeforeFees(AmountFit fit, Money paid) {
        String numbers = numbers(fit);
        return new Evidence("amount-exact", paid.toString(),
                "Der Betrag " + de(paid) + " entspricht genau dem offenen Betrag von " + numbers
                        + ". Andere offene Posten passen nur nach Abzug von Bankgebühren.",
                "The amount " + paid + " equals the open amount of " + numbers
                        + ". Other open items fit only with bank fees deducted.");
    }

    /** Returns the evidence of an amount that open items with the same amounts, due later, fit as well. */
    static Evidence amountOldestDue(AmountFit fit, Money paid) {
        String numbers = numbers(fit);
        return new Evidence("amount-oldest-due", paid.toString(),
                "Der Betrag " + de(paid) + " entspricht dem offenen Betrag von " + numbers
                        + ". Andere offene Posten mit gleichen Beträgen sind später fällig. Der Zahler nennt keine"
                        + " Rechnung, also tilgt die Zahlung die zuerst fällige Schuld (§ 366 Abs. 2 BGB).",
                "The amount " + paid + " equals the open amount of " + numbers
                        + ". Other open items with the same amounts fall due later. The payer names no invoice,"
                        + " so the payment settles the debt due first (§ 366 (2) BGB).");
    }

    static String summaryDe(AmountFit fit) {
        return "Zahlung für " + numbers(fit);
    }

    static String summaryEn(AmountFit fit) {
        return "Payment for " + numbers(fit);
    }

    private static String numbers(AmountFit fit) {
        String invoices = fit.shares().stream().map(share -> share.invoice().number()).collect(Collectors.joining(", "));
        List<String> credits = fit.creditUses().stream().map(use -> use.creditNote().number()).distinct().toList();
        return credits.isEmpty() ? invoices : invoices + " (verrechnet mit/netted with " + String.join(", ", credits) + ")";
    }

    private static String fees(AmountFit fit) {
        return fit.shares().stream().map(AmountFit.Share::fee).filter(fee -> !fee.isZero())
                .map(Money::toString).collect(Collectors.joining(", "));
    }

    private static String feesDe(AmountFit fit) {
        return fit.shares().stream().map(AmountFit.Share::fee).filter(fee -> !fee.isZero())
                .map(Texts::de).collect(Collectors.joining(", "));
    }

    /** Writes an amount as the German screens do: 1.234,56 EUR. */
    static String de(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(money.amount()) + " " + money.currency().getCurrencyCode();
    }

    /** Shows the last four characters of an IBAN only: IBANs are personal data. */
    static String masked(String iban) {
        if (iban == null) {
            return "?";
        }
        String compact = iban.replace(" ", "");
        return compact.length() <= 4 ? "…" : "…" + compact.substring(compact.length() - 4);
    }
}
