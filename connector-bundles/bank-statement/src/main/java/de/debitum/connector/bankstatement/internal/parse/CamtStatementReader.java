package de.debitum.connector.bankstatement.internal.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

import de.debitum.api.money.Money;

/** Reads one camt statement ({@code Stmt}, {@code Rpt} or {@code Ntfctn}): account, balances, entries. */
final class CamtStatementReader {

    private CamtStatementReader() {
    }

    /**
     * Reads a statement.
     *
     * @param idsByAccount external id state per account, shared by all statements of the file
     */
    static Statement read(Element statement, StatementFormat format, Map<String, ExternalIds> idsByAccount)
            throws InvalidStatementException {
        String id = Xml.text(statement, "Id");
        String sequence = Xml.text(statement, "ElctrncSeqNb") != null
                ? Xml.text(statement, "ElctrncSeqNb") : Xml.text(statement, "LglSeqNb");
        AccountId account = account(statement);

        // Balances: opening is OPBD, else the previous day's closing PRCD. Closing is CLBD.
        // NOTE: inner pages of a paginated statement and many camt.052 reports carry interim
        // balances (ITBD) instead, so their balance check comes out INCOMPLETE.
        List<Element> balanceElements = Xml.children(statement, "Bal");
        Balance opening = balance(balanceElements, "OPBD");
        if (opening == null) {
            opening = balance(balanceElements, "PRCD");
        }
        Balance closing = balance(balanceElements, "CLBD");

        List<Message> notices = new ArrayList<>();
        ExternalIds before = ExternalIds.forAccount(idsByAccount, account).copy();
        List<Entry> entries = entries(statement, ExternalIds.forAccount(idsByAccount, account), false, notices);
        Currency currency = currency(statement, opening, closing);
        if (currency == null && !entries.isEmpty()) {
            currency = entries.get(0).amount().currency();
        }
        if (currency == null) {
            throw new InvalidStatementException(null, new Message(
                    "Die Währung des Kontos ist nicht erkennbar (kein Acct/Ccy, kein Saldo, keine Buchung).",
                    "The account currency cannot be determined (no Acct/Ccy, no balance, no entry)."),
                    null, "Acct/Ccy oder ein Saldo mit Währung");
        }

        BalanceCheck check;
        if (balanceElements.isEmpty() && format != StatementFormat.CAMT_053) {
            check = BalanceChecker.notApplicable();
        } else {
            check = BalanceChecker.check(opening, closing, entries, true);
        }
        if (check.result() == BalanceCheck.Result.BALANCED_REVERSALS_FLIPPED) {
            // Read again so that directions, signs and counterparties follow the reading that balances.
            notices.clear();
            idsByAccount.put(account.key(), before);
            entries = entries(statement, before, true, notices);
            notices.add(check.reason());
        }
        // The reported period; a statement without it covers only the days its balances and entries show.
        Element period = Xml.child(statement, "FrToDt");
        LocalDate periodFrom = period == null ? null : dateTime(Xml.text(period, "FrDtTm"), "FrToDt/FrDtTm");
        LocalDate periodTo = period == null ? null : dateTime(Xml.text(period, "ToDtTm"), "FrToDt/ToDtTm");
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            periodFrom = null;
            periodTo = null;
        }
        return new Statement(id, sequence, format, account, currency, opening, closing, entries, check, notices,
                periodFrom, periodTo);
    }

    private static List<Entry> entries(Element statement, ExternalIds ids, boolean flipReversals,
            List<Message> notices) throws InvalidStatementException {
        List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (Element entry : Xml.children(statement, "Ntry")) {
            number++;
            entries.add(CamtEntryReader.read(entry, "Buchung " + number, ids, flipReversals, notices));
        }
        return entries;
    }

    private static AccountId account(Element statement) throws InvalidStatementException {
        String iban = Xml.text(statement, "Acct", "Id", "IBAN");
        String other = Xml.text(statement, "Acct", "Id", "Othr", "Id");
        String bic = Xml.text(statement, "Acct", "Svcr", "FinInstnId", "BICFI");
        if (bic == null) {
            bic = Xml.text(statement, "Acct", "Svcr", "FinInstnId", "BIC");
        }
        if (iban == null && other != null && References.validIban(other)) {
            return new AccountId(other.replace(" ", ""), bic, null, null);
        }
        if (iban == null && other == null) {
            throw new InvalidStatementException(null, new Message("Das Konto fehlt.", "The account is missing."),
                    null, "Acct/Id/IBAN oder Acct/Id/Othr/Id");
        }
        return new AccountId(iban, bic, null, iban == null ? other : null);
    }

    private static Currency currency(Element statement, Balance opening, Balance closing)
            throws InvalidStatementException {
        String code = Xml.text(statement, "Acct", "Ccy");
        if (code != null) {
            return Amounts.currency(code, "Acct/Ccy");
        }
        if (opening != null) {
            return opening.amount().currency();
        }
        return closing == null ? null : closing.amount().currency();
    }

    private static Balance balance(List<Element> balances, String code) throws InvalidStatementException {
        for (Element balance : balances) {
            String type = Xml.text(balance, "Tp", "CdOrPrtry", "Cd");
            if (!code.equals(type)) {
                continue;
            }
            String location = "Saldo " + code;
            Element amountElement = Xml.child(balance, "Amt");
            if (amountElement == null) {
                throw new InvalidStatementException(location, new Message("Der Betrag fehlt.", "The amount is missing."),
                        null, "Amt mit Attribut Ccy");
            }
            Money amount = Amounts.camt(amountElement.getTextContent(), amountElement.getAttribute("Ccy"), location);
            Direction direction = direction(Xml.text(balance, "CdtDbtInd"), location);
            LocalDate date = date(Xml.child(balance, "Dt"), location);
            return new Balance(direction == Direction.DEBIT ? amount.negate() : amount, date);
        }
        return null;
    }

    static Direction direction(String indicator, String location) throws InvalidStatementException {
        if ("CRDT".equals(indicator)) {
            return Direction.CREDIT;
        }
        if ("DBIT".equals(indicator)) {
            return Direction.DEBIT;
        }
        throw new InvalidStatementException(location, new Message(
                "Soll/Haben-Kennzeichen fehlt oder ist ungültig.", "Credit/debit indicator missing or invalid."),
                indicator, "CRDT oder DBIT");
    }

    /** Reads an ISO date-time, with or without offset, as its local date; {@code null} stays {@code null}. */
    private static LocalDate dateTime(String text, String location) throws InvalidStatementException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            try {
                return OffsetDateTime.parse(text.strip()).toLocalDate();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(text.strip()).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            throw new InvalidStatementException(location, new Message("Ungültiger Zeitpunkt.", "Invalid date-time."),
                    text, "einen Zeitpunkt wie 2024-03-01T00:00:00+01:00");
        }
    }

    /** Reads a {@code Dt}/{@code DtTm} choice. A date-time is cut to its local date. */
    static LocalDate date(Element choice, String location) throws InvalidStatementException {
        if (choice == null) {
            return null;
        }
        String date = Xml.text(choice, "Dt");
        String dateTime = Xml.text(choice, "DtTm");
        try {
            if (date != null) {
                // xs:date may carry a zone ("2014-12-31+01:00"), but only the calendar day counts.
                return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            }
            if (dateTime != null) {
                try {
                    return OffsetDateTime.parse(dateTime).toLocalDate();
                } catch (DateTimeParseException withoutOffset) {
                    return LocalDateTime.parse(dateTime).toLocalDate();
                }
            }
        } catch (DateTimeParseException e) {
            throw new InvalidStatementException(location, new Message("Ungültiges Datum.", "Invalid date."),
                    date != null ? date : dateTime, "ein Datum wie 2024-03-31");
        }
        throw new InvalidStatementException(location, new Message("Das Datum fehlt.", "The date is missing."),
                null, "Dt oder DtTm");
    }
}
