package de.debitum.connector.bankstatement.internal.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import de.debitum.api.money.Money;

/**
 * Reads one camt entry ({@code Ntry}) and turns it into payments: one per transaction detail of a
 * batch when the details add up to the entry, otherwise one payment for the whole entry.
 */
final class CamtEntryReader {

    private CamtEntryReader() {
    }

    /**
     * Reads an entry.
     *
     * @param flipReversals read reversals in the direction opposite to their {@code CdtDbtInd}, for
     *                      exports that repeat the original direction (see {@link BalanceChecker})
     */
    static Entry read(Element entry, String location, ExternalIds ids, boolean flipReversals, List<Message> notices)
            throws InvalidStatementException {
        Element amountElement = Xml.child(entry, "Amt");
        if (amountElement == null) {
            throw new InvalidStatementException(location, new Message("Der Betrag fehlt.", "The amount is missing."),
                    null, "Amt mit Attribut Ccy");
        }
        Money amount = Amounts.camt(amountElement.getTextContent(), amountElement.getAttribute("Ccy"), location);
        String indicator = Xml.text(entry, "CdtDbtInd");
        Direction direction = CamtStatementReader.direction(indicator, location);
        boolean reversal = "true".equalsIgnoreCase(Xml.text(entry, "RvslInd"));
        boolean flip = flipReversals && reversal;
        if (flip) {
            direction = direction.opposite();
        }
        Money signed = direction == Direction.DEBIT ? amount.negate() : amount;
        String status = Xml.text(entry, "Sts", "Cd") != null ? Xml.text(entry, "Sts", "Cd") : Xml.text(entry, "Sts");
        boolean booked = status == null || "BOOK".equals(status);
        LocalDate bookingDate = CamtStatementReader.date(Xml.child(entry, "BookgDt"), location + " (BookgDt)");
        LocalDate valueDate = CamtStatementReader.date(Xml.child(entry, "ValDt"), location + " (ValDt)");
        if (bookingDate == null) {
            bookingDate = valueDate;
        }
        String bankCode = bankTransactionCode(Xml.child(entry, "BkTxCd"));
        Money charges = charges(entry, location);
        String additional = Xml.text(entry, "AddtlNtryInf");

        // Details may sit in several NtryDtls (camt .02 allows that). The first Btch describes the batch.
        List<Element> details = new ArrayList<>();
        Element batchElement = null;
        for (Element entryDetails : Xml.children(entry, "NtryDtls")) {
            details.addAll(Xml.children(entryDetails, "TxDtls"));
            if (batchElement == null) {
                batchElement = Xml.child(entryDetails, "Btch");
            }
        }
        Integer batchSize = batchSize(batchElement, details.size(), location);

        String reference = Xml.text(entry, "AcctSvcrRef");
        if (reference == null) {
            reference = Xml.text(entry, "NtryRef");
        }
        StringBuilder content = new StringBuilder()
                .append(bookingDate).append('|').append(valueDate).append('|').append(amount).append(indicator)
                .append('|').append(reversal).append('|').append(bankCode).append('|').append(additional);
        for (Element detail : details) {
            content.append('|').append(Xml.text(detail, "Refs", "EndToEndId"))
                    .append('|').append(remittance(detail));
        }
        String entryId = ids.next(reference, content.toString());

        EntryContext context = new EntryContext(entryId, bookingDate, valueDate, signed, direction, reversal, flip,
                bankCode, charges, batchSize);
        List<Payment> payments = payments(context, details, location, notices);
        return new Entry(entryId, bookingDate, valueDate, signed, direction, reversal, booked, bankCode, charges,
                additional, payments);
    }

    /** The entry fields every payment of the entry shares. */
    private record EntryContext(String entryId, LocalDate bookingDate, LocalDate valueDate, Money amount,
            Direction direction, boolean reversal, boolean flipped, String bankCode, Money charges, Integer batchSize) {
    }

    private static List<Payment> payments(EntryContext entry, List<Element> details, String location,
            List<Message> notices) throws InvalidStatementException {
        boolean batch = entry.batchSize() != null && entry.batchSize() > 1;
        if (details.isEmpty()) {
            return List.of(payment(entry, null, entry.entryId(), entry.amount(), entry.charges(), batch));
        }
        if (details.size() == 1) {
            Money charges = charges(details.get(0), location);
            if (charges == null) {
                charges = entry.charges();
            }
            return List.of(payment(entry, details.get(0), entry.entryId(), entry.amount(), charges, false));
        }

        // Several details: split only when every amount is there, in the entry's currency, and they add up.
        List<Money> amounts = detailAmounts(entry, details, location);
        if (amounts == null) {
            notices.add(new Message(
                    location + ": Die Einzelbeträge der " + details.size() + " Transaktionsdetails ergeben nicht den "
                            + "Buchungsbetrag " + entry.amount() + "; die Buchung wurde als eine Sammelbuchung übernommen.",
                    location + ": the amounts of the " + details.size() + " transaction details do not add up to the "
                            + "entry amount " + entry.amount() + "; the entry was taken as one batch payment."));
            return List.of(payment(entry, null, entry.entryId(), entry.amount(), entry.charges(), true));
        }
        List<Payment> payments = new ArrayList<>();
        List<String> usedIds = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            Element detail = details.get(i);
            String id = entry.entryId() + "/" + detailKey(detail, i, usedIds);
            payments.add(payment(entry, detail, id, amounts.get(i), charges(detail, location), false));
        }
        return payments;
    }

    /** Returns the signed detail amounts, or {@code null} when they cannot split the entry. */
    private static List<Money> detailAmounts(EntryContext entry, List<Element> details, String location)
            throws InvalidStatementException {
        List<Money> amounts = new ArrayList<>();
        Money sum = Money.zero(entry.amount().currency());
        for (Element detail : details) {
            Element amountElement = Xml.child(detail, "Amt");
            if (amountElement == null) {
                amountElement = Xml.child(detail, "AmtDtls", "TxAmt", "Amt");
            }
            if (amountElement == null
                    || !entry.amount().currency().getCurrencyCode().equals(amountElement.getAttribute("Ccy"))) {
                return null;
            }
            Money amount = Amounts.camt(amountElement.getTextContent(), amountElement.getAttribute("Ccy"), location);
            String indicator = Xml.text(detail, "CdtDbtInd");
            Direction direction = entry.direction();
            if (indicator != null) {
                Direction stated = CamtStatementReader.direction(indicator, location);
                direction = entry.flipped() ? stated.opposite() : stated;
            }
            Money signed = direction == Direction.DEBIT ? amount.negate() : amount;
            amounts.add(signed);
            sum = sum.plus(signed);
        }
        return sum.equals(entry.amount()) ? amounts : null;
    }

    private static String detailKey(Element detail, int index, List<String> used) {
        String key = Xml.text(detail, "Refs", "AcctSvcrRef");
        if (key == null) {
            key = Xml.text(detail, "Refs", "TxId");
        }
        if (key == null) {
            String endToEnd = Xml.text(detail, "Refs", "EndToEndId");
            key = "NOTPROVIDED".equalsIgnoreCase(endToEnd) ? null : endToEnd;
        }
        if (key == null || used.contains(key)) {
            key = "#" + (index + 1);
        }
        used.add(key);
        return key;
    }

    private static Payment payment(EntryContext entry, Element detail, String id, Money amount, Money charges,
            boolean batch) throws InvalidStatementException {
        Direction direction = entry.direction();
        if (amount.signum() != 0) {
            direction = amount.signum() < 0 ? Direction.DEBIT : Direction.CREDIT;
        }
        if (detail == null) {
            return new Payment(id, entry.bookingDate(), entry.valueDate(), amount, direction, entry.reversal(),
                    Counterparty.NONE, null, null, null, null, null, null, null, charges, entry.bankCode(), batch,
                    entry.batchSize(), entry.entryId(), null);
        }
        // A reversal's counterparty is the party of the original payment, whose direction was the other one.
        boolean originalCredit = (direction == Direction.CREDIT) != entry.reversal();
        String detailCode = bankTransactionCode(Xml.child(detail, "BkTxCd"));
        return new Payment(id, entry.bookingDate(), entry.valueDate(), amount, direction, entry.reversal(),
                counterparty(detail, originalCredit ? "Dbtr" : "Cdtr"),
                ultimateParty(detail, originalCredit ? "UltmtDbtr" : "UltmtCdtr"),
                remittance(detail),
                notProvidedToNull(Xml.text(detail, "Refs", "EndToEndId")),
                Xml.text(detail, "Refs", "MndtId"),
                creditorId(detail),
                creditorReference(detail),
                returnReason(detail),
                charges,
                detailCode != null ? detailCode : entry.bankCode(),
                batch, entry.batchSize(), entry.entryId(), null);
    }

    private static Counterparty counterparty(Element detail, String role) {
        Element party = Xml.child(detail, "RltdPties", role);
        String name = Xml.text(party, "Nm") != null ? Xml.text(party, "Nm") : Xml.text(party, "Pty", "Nm");
        Element account = Xml.child(detail, "RltdPties", role + "Acct", "Id");
        String iban = Xml.text(account, "IBAN");
        String other = Xml.text(account, "Othr", "Id");
        Element agent = Xml.child(detail, "RltdAgts", role + "Agt", "FinInstnId");
        String bic = Xml.text(agent, "BICFI") != null ? Xml.text(agent, "BICFI") : Xml.text(agent, "BIC");
        return new Counterparty(name, iban, bic, null, iban == null ? other : null);
    }

    private static String ultimateParty(Element detail, String role) {
        Element party = Xml.child(detail, "RltdPties", role);
        return Xml.text(party, "Nm") != null ? Xml.text(party, "Nm") : Xml.text(party, "Pty", "Nm");
    }

    private static String remittance(Element detail) {
        List<String> lines = new ArrayList<>();
        for (Element line : Xml.children(Xml.child(detail, "RmtInf"), "Ustrd")) {
            String text = line.getTextContent().strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines.isEmpty() ? null : String.join(" ", lines);
    }

    /** Reads the SEPA creditor identifier (Gläubiger-ID), which camt puts in the creditor's private id. */
    private static String creditorId(Element detail) {
        Element creditor = Xml.child(detail, "RltdPties", "Cdtr");
        Element other = Xml.child(creditor, "Id", "PrvtId", "Othr");
        if (other == null) {
            other = Xml.child(creditor, "Pty", "Id", "PrvtId", "Othr");
        }
        String scheme = Xml.text(other, "SchmeNm", "Prtry");
        return scheme == null || "SEPA".equalsIgnoreCase(scheme) ? Xml.text(other, "Id") : null;
    }

    private static CreditorReference creditorReference(Element detail) {
        for (Element structured : Xml.children(Xml.child(detail, "RmtInf"), "Strd")) {
            String reference = Xml.text(structured, "CdtrRefInf", "Ref");
            if (reference != null) {
                if (References.looksLikeRf(reference) && References.validRf(reference)) {
                    return new CreditorReference(References.normaliseRf(reference), true);
                }
                return new CreditorReference(reference, false);
            }
        }
        return null;
    }

    private static String returnReason(Element detail) {
        String code = Xml.text(detail, "RtrInf", "Rsn", "Cd");
        return code != null ? code : Xml.text(detail, "RtrInf", "Rsn", "Prtry");
    }

    /** Formats {@code BkTxCd} as "PMNT/RCDT/ESCT", the proprietary code in brackets when present. */
    static String bankTransactionCode(Element code) {
        if (code == null) {
            return null;
        }
        String domain = Xml.text(code, "Domn", "Cd");
        String family = Xml.text(code, "Domn", "Fmly", "Cd");
        String subFamily = Xml.text(code, "Domn", "Fmly", "SubFmlyCd");
        String proprietary = Xml.text(code, "Prtry", "Cd");
        String iso = domain == null ? null : domain + "/" + family + "/" + subFamily;
        if (iso != null && proprietary != null) {
            return iso + " (" + proprietary + ")";
        }
        return iso != null ? iso : proprietary;
    }

    /**
     * Sums the charges of an entry or detail: {@code TtlChrgsAndTaxAmt} where given, else the
     * records ({@code Rcrd/Amt} from version .04, {@code Chrgs/Amt} in .02).
     */
    private static Money charges(Element parent, String location) throws InvalidStatementException {
        Money total = null;
        for (Element charges : Xml.children(parent, "Chrgs")) {
            List<Element> amounts = new ArrayList<>();
            Element overall = Xml.child(charges, "TtlChrgsAndTaxAmt");
            if (overall != null) {
                amounts.add(overall);
            } else {
                for (Element record : Xml.children(charges, "Rcrd")) {
                    amounts.add(Xml.child(record, "Amt"));
                }
                amounts.add(Xml.child(charges, "Amt"));
            }
            for (Element amountElement : amounts) {
                if (amountElement == null) {
                    continue;
                }
                Money amount = Amounts.camt(amountElement.getTextContent(), amountElement.getAttribute("Ccy"),
                        location + " (Chrgs)");
                if (total != null && !total.currency().equals(amount.currency())) {
                    throw new InvalidStatementException(location + " (Chrgs)", new Message(
                            "Entgelte in verschiedenen Währungen werden nicht unterstützt.",
                            "Charges in several currencies are not supported."),
                            total.currency() + " / " + amount.currency(), "Entgelte in einer Währung");
                }
                total = total == null ? amount : total.plus(amount);
            }
        }
        return total;
    }

    private static Integer batchSize(Element batch, int detailCount, String location) throws InvalidStatementException {
        if (batch == null) {
            return detailCount > 1 ? detailCount : null;
        }
        String count = Xml.text(batch, "NbOfTxs");
        if (count == null) {
            return detailCount > 0 ? detailCount : null;
        }
        try {
            return Integer.valueOf(count);
        } catch (NumberFormatException e) {
            throw new InvalidStatementException(location + " (Btch/NbOfTxs)", new Message(
                    "Ungültige Anzahl der Transaktionen.", "Invalid number of transactions."), count, "eine ganze Zahl");
        }
    }

    private static String notProvidedToNull(String reference) {
        return reference == null || "NOTPROVIDED".equalsIgnoreCase(reference) ? null : reference;
    }
}
