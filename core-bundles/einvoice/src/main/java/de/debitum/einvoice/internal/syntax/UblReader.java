package de.debitum.einvoice.internal.syntax;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Node;

import de.debitum.api.money.Money;
import de.debitum.einvoice.AllowanceCharge;
import de.debitum.einvoice.Party;
import de.debitum.einvoice.PayeeAccount;
import de.debitum.einvoice.PaymentInstructions;
import de.debitum.einvoice.PostalAddress;
import de.debitum.einvoice.PrecedingInvoice;
import de.debitum.einvoice.Profile;
import de.debitum.einvoice.SourceFormat;
import de.debitum.einvoice.Totals;
import de.debitum.einvoice.VatBreakdown;
import de.debitum.einvoice.WarningCode;
import de.debitum.einvoice.internal.InvoiceDraft;
import de.debitum.einvoice.internal.ReadFailure;
import de.debitum.einvoice.internal.Rejections;
import de.debitum.einvoice.internal.SkontoText;
import de.debitum.einvoice.internal.xml.XmlFields;

/** Reads the stated values of a UBL 2.1 Invoice or CreditNote (EN 16931 UBL syntax binding). */
public final class UblReader {

    public static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    private static final XmlFields INVOICE_FIELDS = new XmlFields(namespaces(INVOICE_NS));
    private static final XmlFields CREDIT_NOTE_FIELDS = new XmlFields(namespaces(CREDIT_NOTE_NS));

    private final XmlFields fields;
    private final String root;
    private final String line;
    private final String typeCode;
    private final boolean creditNote;

    public UblReader(boolean creditNote) {
        fields = creditNote ? CREDIT_NOTE_FIELDS : INVOICE_FIELDS;
        this.creditNote = creditNote;
        root = creditNote ? "/inv:CreditNote" : "/inv:Invoice";
        line = creditNote ? "cac:CreditNoteLine" : "cac:InvoiceLine";
        typeCode = creditNote ? "cbc:CreditNoteTypeCode" : "cbc:InvoiceTypeCode";
    }

    private static Map<String, String> namespaces(String rootNamespace) {
        return Map.of("inv", rootNamespace,
                "cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
                "cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
    }

    /** Reads the document into the draft. Malformed or missing required values reject the file. */
    public void read(Document doc, InvoiceDraft draft) throws ReadFailure {
        draft.profileId = fields.text(doc, root + "/cbc:CustomizationID");
        draft.profile = Profile.fromGuidelineId(draft.profileId);
        draft.sourceFormat = draft.profile == Profile.XRECHNUNG || draft.profile == Profile.XRECHNUNG_EXTENSION
                ? SourceFormat.XRECHNUNG_UBL : SourceFormat.UBL;

        draft.number = fields.required(doc, root + "/cbc:ID", "Rechnungsnummer / invoice number (BT-1)");
        draft.typeCode = fields.text(doc, root + "/" + typeCode);
        if (draft.typeCode == null && creditNote) {
            // UBL 2.1 makes CreditNoteTypeCode optional, and the root element already names a credit note.
            draft.typeCode = "381";
            draft.warn(WarningCode.DOCUMENT_TYPE_ASSUMED,
                    "Keine Dokumentart (cbc:CreditNoteTypeCode) angegeben; 381 (Gutschrift) angenommen.",
                    "No document type (cbc:CreditNoteTypeCode) stated; 381 (credit note) assumed.");
        } else if (draft.typeCode == null) {
            fields.required(doc, root + "/" + typeCode, "Code nach UNTDID 1001, z. B. 380");
        }
        draft.issueDate = fields.isoDate(doc, root + "/cbc:IssueDate");
        if (draft.issueDate == null) {
            fields.required(doc, root + "/cbc:IssueDate", "Datum JJJJ-MM-TT (BT-2)");
        }
        draft.dueDate = fields.isoDate(doc, root + "/cbc:DueDate");
        if (draft.dueDate == null) {
            draft.dueDate = fields.isoDate(doc, root + "/cac:PaymentMeans/cbc:PaymentDueDate");
        }
        draft.deliveryDate = fields.isoDate(doc, root + "/cac:Delivery/cbc:ActualDeliveryDate");
        draft.buyerReference = fields.text(doc, root + "/cbc:BuyerReference");

        Currency currency = fields.currency(doc, root + "/cbc:DocumentCurrencyCode");
        if (currency == null) {
            fields.required(doc, root + "/cbc:DocumentCurrencyCode", "Währungscode nach ISO 4217, z. B. EUR");
        }
        draft.currency = currency;
        Currency taxCurrency = fields.currency(doc, root + "/cbc:TaxCurrencyCode");
        draft.taxCurrency = currency.equals(taxCurrency) ? null : taxCurrency;

        draft.lineCount = fields.list(doc, root + "/" + line).size();
        draft.seller = party(doc, root + "/cac:AccountingSupplierParty/cac:Party");
        draft.buyer = party(doc, root + "/cac:AccountingCustomerParty/cac:Party");

        String taxTotal = root + "/cac:TaxTotal[cbc:TaxAmount/@currencyID='" + currency.getCurrencyCode() + "']";
        for (Node subtotal : fields.list(doc, taxTotal + "/cac:TaxSubtotal")) {
            draft.vatBreakdown.add(new VatBreakdown(fields.text(subtotal, "cac:TaxCategory/cbc:ID"),
                    fields.decimal(subtotal, "cac:TaxCategory/cbc:Percent"),
                    fields.amount(subtotal, "cbc:TaxableAmount", currency),
                    fields.amount(subtotal, "cbc:TaxAmount", currency)));
        }
        for (Node node : fields.list(doc, root + "/cac:AllowanceCharge")) {
            draft.allowancesCharges.add(allowanceCharge(node, AllowanceCharge.Level.DOCUMENT, currency));
        }
        for (Node node : fields.list(doc, root + "/" + line + "/cac:AllowanceCharge")) {
            draft.allowancesCharges.add(allowanceCharge(node, AllowanceCharge.Level.LINE, currency));
        }

        draft.totals = totals(doc, currency, draft.taxCurrency);
        draft.payment = payment(doc, currency);

        for (Node reference : fields.list(doc, root + "/cac:BillingReference/cac:InvoiceDocumentReference")) {
            String number = fields.text(reference, "cbc:ID");
            if (number != null) {
                draft.precedingInvoices.add(new PrecedingInvoice(number, fields.isoDate(reference, "cbc:IssueDate")));
            }
        }
    }

    private Party party(Node doc, String path) {
        Node party = fields.node(doc, path);
        if (party == null) {
            return null;
        }
        String name = fields.text(party, "cac:PartyLegalEntity/cbc:RegistrationName");
        if (name == null) {
            name = fields.text(party, "cac:PartyName/cbc:Name");
        }
        List<String> ids = new ArrayList<>(fields.texts(party, "cac:PartyIdentification/cbc:ID[not(@schemeID='SEPA')]"));
        Node address = fields.node(party, "cac:PostalAddress");
        PostalAddress postal = address == null ? null : new PostalAddress(
                fields.text(address, "cbc:StreetName"), fields.text(address, "cbc:AdditionalStreetName"),
                fields.text(address, "cbc:PostalZone"), fields.text(address, "cbc:CityName"),
                fields.text(address, "cac:Country/cbc:IdentificationCode"));
        return new Party(name, ids,
                fields.text(party, "cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID"),
                fields.text(party, "cac:PartyTaxScheme[not(cac:TaxScheme/cbc:ID='VAT')]/cbc:CompanyID"), postal,
                firstPresent(fields.text(party, "cac:Contact/cbc:ElectronicMail"),
                        fields.text(party, "cbc:EndpointID[@schemeID='EM']")));
    }

    private static String firstPresent(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private AllowanceCharge allowanceCharge(Node node, AllowanceCharge.Level level, Currency currency)
            throws ReadFailure {
        String indicator = fields.required(node, "cbc:ChargeIndicator", "true oder false");
        AllowanceCharge.Kind kind = switch (indicator) {
            case "true" -> AllowanceCharge.Kind.CHARGE;
            case "false" -> AllowanceCharge.Kind.ALLOWANCE;
            default -> throw Rejections.malformed("cac:AllowanceCharge/cbc:ChargeIndicator", indicator, "true oder false");
        };
        return new AllowanceCharge(kind, level, fields.requiredAmount(node, "cbc:Amount", currency),
                fields.text(node, "cbc:AllowanceChargeReason"), fields.text(node, "cbc:AllowanceChargeReasonCode"),
                fields.decimal(node, "cac:TaxCategory/cbc:Percent"));
    }

    private Totals totals(Node doc, Currency currency, Currency taxCurrency) throws ReadFailure {
        String monetaryTotal = root + "/cac:LegalMonetaryTotal";
        String taxAmount = root + "/cac:TaxTotal/cbc:TaxAmount";
        Money taxTotal = fields.amount(doc, taxAmount + "[@currencyID='" + currency.getCurrencyCode() + "']", currency);
        Money taxTotalInTaxCurrency = taxCurrency == null ? null
                : fields.amount(doc, taxAmount + "[@currencyID='" + taxCurrency.getCurrencyCode() + "']", taxCurrency);
        return new Totals(fields.amount(doc, monetaryTotal + "/cbc:LineExtensionAmount", currency),
                fields.amount(doc, monetaryTotal + "/cbc:AllowanceTotalAmount", currency),
                fields.amount(doc, monetaryTotal + "/cbc:ChargeTotalAmount", currency),
                fields.amount(doc, monetaryTotal + "/cbc:TaxExclusiveAmount", currency),
                taxTotal, taxTotalInTaxCurrency,
                fields.requiredAmount(doc, monetaryTotal + "/cbc:TaxInclusiveAmount", currency),
                fields.amount(doc, monetaryTotal + "/cbc:PrepaidAmount", currency),
                fields.amount(doc, monetaryTotal + "/cbc:PayableRoundingAmount", currency),
                fields.requiredAmount(doc, monetaryTotal + "/cbc:PayableAmount", currency));
    }

    private PaymentInstructions payment(Node doc, Currency currency) throws ReadFailure {
        List<Node> means = fields.list(doc, root + "/cac:PaymentMeans");
        String meansCode = means.isEmpty() ? null : fields.text(means.get(0), "cbc:PaymentMeansCode");
        List<PayeeAccount> accounts = new ArrayList<>();
        String mandate = null;
        String debitedIban = null;
        for (Node node : means) {
            String account = fields.text(node, "cac:PayeeFinancialAccount/cbc:ID");
            if (account != null) {
                accounts.add(new PayeeAccount(Iban.normalize(account),
                        fields.text(node, "cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID"),
                        fields.text(node, "cac:PayeeFinancialAccount/cbc:Name")));
            }
            if (mandate == null) {
                mandate = fields.text(node, "cac:PaymentMandate/cbc:ID");
            }
            String debited = fields.text(node, "cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID");
            if (debitedIban == null && debited != null) {
                debitedIban = Iban.normalize(debited);
            }
        }

        String creditorId = fields.text(doc, root + "/cac:AccountingSupplierParty/cac:Party/cac:PartyIdentification/cbc:ID[@schemeID='SEPA']");
        if (creditorId == null) {
            creditorId = fields.text(doc, root + "/cac:PayeeParty/cac:PartyIdentification/cbc:ID[@schemeID='SEPA']");
        }

        String termsPath = root + "/cac:PaymentTerms/cbc:Note";
        List<String> notes = fields.texts(doc, termsPath);
        String termsText = notes.isEmpty() ? null : String.join("\n", notes);
        return new PaymentInstructions(meansCode, accounts, mandate, creditorId, debitedIban, termsText,
                SkontoText.parse(termsPath, termsText, currency));
    }
}
