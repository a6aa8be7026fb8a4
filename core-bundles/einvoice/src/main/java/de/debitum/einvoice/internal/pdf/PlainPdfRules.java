package de.debitum.einvoice.internal.pdf;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.debitum.api.money.Money;
import de.debitum.einvoice.InvoiceFlag;
import de.debitum.einvoice.InvoiceRecord;
import de.debitum.einvoice.PayeeAccount;
import de.debitum.einvoice.PaymentInstructions;
import de.debitum.einvoice.Profile;
import de.debitum.einvoice.SourceFormat;
import de.debitum.einvoice.Totals;
import de.debitum.einvoice.WarningCode;
import de.debitum.einvoice.internal.InvoiceDraft;
import de.debitum.einvoice.internal.syntax.Iban;

/**
 * Finds invoice number, dates, totals, IBAN, mandate and creditor id in the text of a plain PDF
 * with label rules for German (and some English) invoices. The result is never a safe source,
 * so a person confirms it before it is dunned.
 */
public final class PlainPdfRules {

    private static final String DATE = "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})";
    private static final String AMOUNT = "(-?\\d{1,3}(?:\\.\\d{3})*,\\d{2}|-?\\d+,\\d{2})";
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(?:Rechnungs-?\\s?(?:nummer|nr\\.?)|Rechnung\\s+Nr\\.?|Invoice\\s+(?:number|no\\.?))\\s*[:#]?\\s*"
                    + "([A-Z0-9][A-Z0-9\\-/._]{2,39})");
    private static final Pattern ISSUE_DATE = Pattern.compile(
            "(?i)(?:Rechnungsdatum|Datum\\s+der\\s+Rechnung|Invoice\\s+date)\\s*:?\\s*" + DATE);
    private static final Pattern DUE_DATE = Pattern.compile(
            "(?i)(?:Fälligkeitsdatum|fällig\\s+(?:am|bis)|zahlbar\\s+bis|Zahlungsziel|Due\\s+date)\\s*:?\\s*" + DATE);
    private static final Pattern MANDATE = Pattern.compile("(?i)Mandatsreferenz\\s*:?\\s*([A-Z0-9+?/\\-:().,' ]{1,35}?)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern CREDITOR_ID = Pattern.compile("(?i)Gläubiger-?\\s?ID(?:entifikationsnummer)?\\s*:?\\s*"
            + "([A-Z]{2}\\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28})");
    private static final Pattern IBAN = Pattern.compile("\\b([A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\\b");
    private static final Pattern BIC_AFTER = Pattern.compile("\\G[\\s\\S]{0,80}?BIC\\s*:?\\s*([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)");

    /** Labels of the amount due, most specific first. The last occurrence of a label wins. */
    private static final List<String> GROSS_LABELS = List.of("Gesamtbetrag", "Rechnungsbetrag", "Zahlbetrag",
            "Zu zahlender Betrag", "zu zahlen", "Endbetrag", "Bruttobetrag", "Brutto", "Gesamtsumme", "Total");
    private static final List<String> NET_LABELS = List.of("Nettobetrag", "Summe netto", "Netto");
    private static final List<String> TAX_LABELS = List.of("Umsatzsteuer", "USt\\.", "MwSt\\.", "Mehrwertsteuer");

    private PlainPdfRules() {
    }

    /** Builds a draft that waits for confirmation from the extracted text. */
    public static InvoiceDraft read(String text) {
        InvoiceDraft draft = new InvoiceDraft();
        draft.sourceFormat = SourceFormat.PLAIN_PDF;
        draft.container = InvoiceRecord.Container.PDF;
        draft.profile = Profile.NONE;
        draft.sourceTrust = InvoiceRecord.SourceTrust.NEEDS_CONFIRMATION;
        draft.flags.add(InvoiceFlag.NEEDS_CONFIRMATION);
        // NOTE: plain PDFs are assumed to be in EUR, and amounts are read in German number format only.
        draft.currency = Money.EUR;

        draft.number = group(NUMBER, text);
        draft.issueDate = date(ISSUE_DATE, text);
        draft.dueDate = date(DUE_DATE, text);
        Money gross = lastAmount(GROSS_LABELS, text);
        draft.totals = new Totals(null, null, null, lastAmount(NET_LABELS, text), lastAmount(TAX_LABELS, text), null,
                gross, null, null, gross);

        List<PayeeAccount> accounts = new ArrayList<>();
        Matcher iban = IBAN.matcher(text);
        while (iban.find()) {
            String candidate = Iban.normalize(iban.group(1));
            if (Iban.isValid(candidate) && accounts.stream().noneMatch(a -> a.iban().equals(candidate))) {
                Matcher bic = BIC_AFTER.matcher(text);
                bic.region(iban.end(), text.length());
                accounts.add(new PayeeAccount(candidate, bic.find() ? bic.group(1) : null, null));
            }
        }
        draft.payment = new PaymentInstructions(null, accounts, group(MANDATE, text), group(CREDITOR_ID, text), null,
                null, List.of());

        List<String> missing = new ArrayList<>();
        addIfNull(missing, draft.number, "Rechnungsnummer/invoice number");
        addIfNull(missing, draft.issueDate, "Rechnungsdatum/issue date");
        addIfNull(missing, gross, "Gesamtbetrag/grand total");
        addIfNull(missing, draft.payment.expectedIban(), "IBAN");
        if (!missing.isEmpty()) {
            draft.warn(WarningCode.FIELDS_NOT_FOUND,
                    "Im PDF-Text nicht gefunden: " + String.join(", ", missing) + ". Bitte von Hand ergänzen.",
                    "Not found in the PDF text: " + String.join(", ", missing) + ". Complete them by hand.");
        }
        return draft;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1).trim() : null;
    }

    private static LocalDate date(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            try {
                return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(1)));
            } catch (DateTimeException e) {
                // Not a calendar date (for example 31.02.); the next match may be one.
                continue;
            }
        }
        return null;
    }

    private static Money lastAmount(List<String> labels, String text) {
        for (String label : labels) {
            Pattern pattern = Pattern.compile("(?im)^.*?\\b" + label + "(?!\\p{L})[^\\n\\d-]{0,40}(?:\\(\\d+[,.]?\\d*\\s*%\\)\\s*)?"
                    + AMOUNT + "\\s*(?:€|EUR)?");
            Matcher matcher = pattern.matcher(text);
            String last = null;
            while (matcher.find()) {
                last = matcher.group(1);
            }
            if (last != null) {
                return Money.euro(new BigDecimal(last.replace(".", "").replace(',', '.')));
            }
        }
        return null;
    }

    private static void addIfNull(List<String> missing, Object value, String name) {
        if (value == null) {
            missing.add(name);
        }
    }
}
