package de.debitum.demo;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a bank-to-customer statement in ISO 20022 camt.053.001.08, the version German banks
 * deliver since the SEPA 2023 migration: one statement with opening and closing booked balance
 * and one entry per payment, with the payer, the payer's IBAN and the unstructured remittance
 * text.
 */
final class Camt053Writer {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

    private Camt053Writer() {
    }

    /**
     * @param sequence the statement's electronic sequence number in the year
     * @param opening  the booked balance before the first entry
     */
    static byte[] write(DemoScenario.Company company, int sequence, LocalDate from, LocalDate to, BigDecimal opening,
                        List<DemoScenario.Payment> entries) {
        BigDecimal closing = entries.stream().map(DemoScenario.Payment::amount).reduce(opening, BigDecimal::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + entries.size() * 1200);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("BkToCstmrStmt");
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", "DEMO-" + to.getYear() + "-" + sequence);
            text(xml, "CreDtTm", to.plusDays(1) + "T06:00:00+01:00");
            xml.writeEndElement();
            xml.writeStartElement("Stmt");
            text(xml, "Id", "DEMO-STMT-" + to.getYear() + "-" + sequence);
            text(xml, "ElctrncSeqNb", String.valueOf(sequence));
            text(xml, "CreDtTm", to.plusDays(1) + "T06:00:00+01:00");
            xml.writeStartElement("FrToDt");
            text(xml, "FrDtTm", from + "T00:00:00+01:00");
            text(xml, "ToDtTm", to + "T23:59:59+01:00");
            xml.writeEndElement();
            xml.writeStartElement("Acct");
            xml.writeStartElement("Id");
            text(xml, "IBAN", company.iban());
            xml.writeEndElement();
            text(xml, "Ccy", "EUR");
            xml.writeStartElement("Ownr");
            text(xml, "Nm", company.name());
            xml.writeEndElement();
            xml.writeStartElement("Svcr");
            xml.writeStartElement("FinInstnId");
            text(xml, "BICFI", company.bic());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            balance(xml, "PRCD", opening, from.minusDays(1));
            balance(xml, "CLBD", closing, to);
            for (DemoScenario.Payment payment : entries) {
                entry(xml, company, payment);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write statement " + sequence + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void balance(XMLStreamWriter xml, String code, BigDecimal amount, LocalDate day)
            throws XMLStreamException {
        xml.writeStartElement("Bal");
        xml.writeStartElement("Tp");
        xml.writeStartElement("CdOrPrtry");
        text(xml, "Cd", code);
        xml.writeEndElement();
        xml.writeEndElement();
        amount(xml, amount.abs());
        text(xml, "CdtDbtInd", amount.signum() < 0 ? "DBIT" : "CRDT");
        xml.writeStartElement("Dt");
        text(xml, "Dt", day.toString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void entry(XMLStreamWriter xml, DemoScenario.Company company, DemoScenario.Payment payment)
            throws XMLStreamException {
        boolean credit = payment.amount().signum() > 0;
        xml.writeStartElement("Ntry");
        text(xml, "NtryRef", payment.id());
        amount(xml, payment.amount().abs());
        text(xml, "CdtDbtInd", credit ? "CRDT" : "DBIT");
        text(xml, "Sts", "BOOK");
        xml.writeStartElement("BookgDt");
        text(xml, "Dt", payment.bookingDate().toString());
        xml.writeEndElement();
        xml.writeStartElement("ValDt");
        text(xml, "Dt", payment.bookingDate().toString());
        xml.writeEndElement();
        text(xml, "AcctSvcrRef", "DEMO" + payment.bookingDate().toString().replace("-", "") + payment.id());
        xml.writeStartElement("BkTxCd");
        xml.writeStartElement("Domn");
        text(xml, "Cd", "PMNT");
        xml.writeStartElement("Fmly");
        text(xml, "Cd", credit ? "RCDT" : "ICDT");
        text(xml, "SubFmlyCd", "ESCT");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("NtryDtls");
        xml.writeStartElement("TxDtls");
        xml.writeStartElement("Refs");
        text(xml, "EndToEndId", "NOTPROVIDED");
        xml.writeEndElement();
        amount(xml, payment.amount().abs());
        xml.writeStartElement("RltdPties");
        // The other party is the debtor of a credit (who paid us) and the creditor of a debit.
        String role = credit ? "Dbtr" : "Cdtr";
        xml.writeStartElement(role);
        xml.writeStartElement("Pty");
        text(xml, "Nm", payment.payerName());
        xml.writeEndElement();
        xml.writeEndElement();
        if (payment.payerIban() != null) {
            xml.writeStartElement(role + "Acct");
            xml.writeStartElement("Id");
            text(xml, "IBAN", payment.payerIban());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeStartElement(credit ? "Cdtr" : "Dbtr");
        xml.writeStartElement("Pty");
        text(xml, "Nm", company.name());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("RmtInf");
        text(xml, "Ustrd", payment.remittance());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void amount(XMLStreamWriter xml, BigDecimal amount) throws XMLStreamException {
        xml.writeStartElement("Amt");
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(amount.setScale(2).toPlainString());
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static String fileName(int sequence, LocalDate to) {
        return "camt053_" + to + "_" + String.format(java.util.Locale.ROOT, "%03d", sequence) + ".xml";
    }
}
