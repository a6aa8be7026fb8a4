package de.debitum.connector.bankstatement.internal.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Currency;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.debitum.api.money.Money;

/** Reads MT940 entries: a {@code :61:} statement line with its optional {@code :86:} details. */
final class Mt940Entries {

    /**
     * {@code :61:} value date YYMMDD, optional entry date MMDD, mark (C, D, RC, RD; MT942 also EC,
     * ED), optional funds code (third letter of the currency, "R" for EUR), amount, transaction
     * type (N, S or F and three characters), customer reference, "//" bank reference.
     */
    private static final Pattern STATEMENT_LINE = Pattern.compile(
            "(\\d{6})(\\d{4})?(RC|RD|EC|ED|C|D)([A-Z])?(\\d{1,15},\\d{0,5})([A-Z][A-Z0-9]{3})(.*)");
    private static final Pattern RF_REFERENCE = Pattern.compile("^(RF\\d{2}[A-Z0-9]{1,21})\\b");

    /** A {@code :61:} field, its checked parts, and the {@code :86:} that follows it, if any. */
    record Raw(Mt940Parser.Field line, MatchResult parts, Mt940Parser.Field details) {

        Raw(Mt940Parser.Field line) throws InvalidStatementException {
            this(line, check(line), null);
        }

        Raw withDetails(Mt940Parser.Field field) {
            return new Raw(line, parts, field);
        }
    }

    private Mt940Entries() {
    }

    static List<Entry> read(List<Raw> raws, ExternalIds ids, Currency currency) throws InvalidStatementException {
        List<Entry> entries = new ArrayList<>();
        for (Raw raw : raws) {
            entries.add(read(raw, ids, currency));
        }
        return entries;
    }

    /**
     * Checks the format and dates of a {@code :61:} line, so that the first error of a statement is
     * reported in file order before later fields are read.
     */
    private static MatchResult check(Mt940Parser.Field field) throws InvalidStatementException {
        String location = "Zeile " + field.line();
        Matcher matcher = STATEMENT_LINE.matcher(field.value().strip().split("\n", 2)[0].strip());
        if (!matcher.matches()) {
            throw Mt940StatementReader.invalid(field, "Ungültige Umsatzzeile :61:.", "Invalid statement line :61:.",
                    "Valuta JJMMTT, [Buchungsdatum MMTT], C/D/RC/RD, Betrag, Buchungsschlüssel, Referenz, "
                            + "z. B. 2401310131CR1500,00NTRFNONREF//123");
        }
        LocalDate valueDate = SwiftDates.date(matcher.group(1), location);
        if (matcher.group(2) != null) {
            SwiftDates.entryDate(matcher.group(2), valueDate, location);
        }
        return matcher.toMatchResult();
    }

    private static Entry read(Raw raw, ExternalIds ids, Currency currency) throws InvalidStatementException {
        Mt940Parser.Field field = raw.line();
        String location = "Zeile " + field.line();
        String[] lines = field.value().strip().split("\n", 2);
        MatchResult parts = raw.parts();

        // Dates, direction and amount.
        LocalDate valueDate = SwiftDates.date(parts.group(1), location);
        LocalDate bookingDate = parts.group(2) == null ? valueDate
                : SwiftDates.entryDate(parts.group(2), valueDate, location);
        String mark = parts.group(3);
        boolean reversal = mark.startsWith("R");
        // RC reverses a credit and is therefore a debit. RD reverses a debit and is a credit.
        Direction direction = switch (mark) {
            case "C", "RD", "EC" -> Direction.CREDIT;
            default -> Direction.DEBIT;
        };
        Money amount = Amounts.swift(parts.group(5), currency, location);
        Money signed = direction == Direction.DEBIT ? amount.negate() : amount;

        // References: customer reference, then "//" and the bank's reference. A second line has supplementary details.
        String references = parts.group(7);
        int slashes = references.indexOf("//");
        String customerReference = (slashes < 0 ? references : references.substring(0, slashes)).strip();
        String bankReference = slashes < 0 ? null : references.substring(slashes + 2).strip();
        String supplementary = lines.length > 1 ? lines[1].replace("\n", " ").strip() : null;

        Mt940Details details = raw.details() == null ? Mt940Details.NONE : Mt940Details.parse(raw.details().value());
        String type = parts.group(6);
        String bankCode = details.transactionCode() == null ? type : type + "+" + details.transactionCode();
        Map<String, String> keywords = details.keywords();

        String content = valueDate + "|" + bookingDate + "|" + signed + "|" + mark + "|" + type + "|" + customerReference
                + "|" + bankReference + "|" + (raw.details() == null ? "" : withoutWhitespace(raw.details().value()));
        String id = ids.next(bankReference, content);

        String remittance = details.remittanceText();
        Money charges = Mt940Returns.charges(details, supplementary, currency);
        Payment payment = new Payment(id, bookingDate, valueDate, signed, direction, reversal,
                counterparty(details),
                // ABWA+ is the initiator's ultimate party, ABWE+ the recipient's. Which of the two is
                // the other side depends on who initiated (transfer or direct debit), so take either.
                keywords.getOrDefault("ABWA", keywords.get("ABWE")),
                remittance,
                notProvided(keywords.get("EREF")),
                keywords.get("MREF"),
                keywords.get("CRED"),
                creditorReference(remittance),
                Mt940Returns.reason(details),
                charges,
                bankCode, false, null, id, null);
        String additional = supplementary == null || supplementary.isEmpty() ? null : supplementary;
        if (details.postingText() != null) {
            additional = additional == null ? details.postingText() : details.postingText() + " / " + additional;
        }
        return new Entry(id, bookingDate, valueDate, signed, direction, reversal, !mark.startsWith("E"), bankCode, charges,
                additional, List.of(payment));
    }

    /** Removes white space, so that line endings and wrapping do not change an entry's hash. */
    private static String withoutWhitespace(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    private static Counterparty counterparty(Mt940Details details) {
        String bank = details.bankCodeOrBic();
        String account = details.accountOrIban();
        boolean bic = bank != null && References.looksLikeBic(bank);
        // The bank's data is taken as sent, so a wrong check digit is left for matching to notice.
        boolean iban = account != null && References.looksLikeIban(account);
        Counterparty counterparty = new Counterparty(details.name(), iban ? account : null, bic ? bank : null,
                bic ? null : bank, iban ? null : account);
        return counterparty.isEmpty() ? Counterparty.NONE : counterparty;
    }

    /** Finds an RF creditor reference at the start of the Verwendungszweck, kept only when its check digits verify. */
    private static CreditorReference creditorReference(String remittance) {
        if (remittance == null) {
            return null;
        }
        Matcher matcher = RF_REFERENCE.matcher(remittance.strip());
        if (matcher.find() && References.validRf(matcher.group(1))) {
            return new CreditorReference(matcher.group(1), true);
        }
        return null;
    }

    private static String notProvided(String endToEnd) {
        return endToEnd == null || "NOTPROVIDED".equalsIgnoreCase(endToEnd) ? null : endToEnd;
    }
}
