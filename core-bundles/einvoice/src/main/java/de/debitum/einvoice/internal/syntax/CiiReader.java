package de.debitum.einvoice.internal.syntax;

import java.math.BigDecimal;
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
import de.debitum.einvoice.SkontoTier;
import de.debitum.einvoice.SourceFormat;
import de.debitum.einvoice.Totals;
import de.debitum.einvoice.VatBreakdown;
import de.debitum.einvoice.internal.InvoiceDraft;
import de.debitum.einvoice.internal.ReadFailure;
import de.debitum.einvoice.internal.SkontoText;
import de.debitum.einvoice.internal.xml.XmlFields;

/**
 * Reads the stated values of a CII document: ZUGFeRD 2.x / Factur-X / XRechnung (CII D16B,
 * {@code rsm:CrossIndustryInvoice}) and ZUGFeRD 1.0 (CII D13B, {@code rsm:CrossIndustryDocument}).
 * Both share the element names below the header containers, which {@link Dialect} names.
 */
public final class CiiReader {

    /** Container paths and namespaces of one CII generation. */
    public enum Dialect {
        ZUGFERD_2(Map.of(
                "rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
                "ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
                "udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
                "qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"),
                "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext",
                "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument",
                "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction",
                "ram:ApplicableHeaderTradeAgreement", "ram:ApplicableHeaderTradeDelivery",
                "ram:ApplicableHeaderTradeSettlement", "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
                "ram:SpecifiedLineTradeSettlement", "ram:RateApplicablePercent"),
        ZUGFERD_1(Map.of(
                "rsm", "urn:ferd:CrossIndustryDocument:invoice:1p0",
                "ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12",
                "udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15",
                "qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:12"),
                "/rsm:CrossIndustryDocument/rsm:SpecifiedExchangedDocumentContext",
                "/rsm:CrossIndustryDocument/rsm:HeaderExchangedDocument",
                "/rsm:CrossIndustryDocument/rsm:SpecifiedSupplyChainTradeTransaction",
                "ram:ApplicableSupplyChainTradeAgreement", "ram:ApplicableSupplyChainTradeDelivery",
                "ram:ApplicableSupplyChainTradeSettlement", "ram:SpecifiedTradeSettlementMonetarySummation",
                "ram:SpecifiedSupplyChainTradeSettlement", "ram:ApplicablePercent");

        final Map<String, String> namespaces;
        final XmlFields fields;
        final String context;
        final String document;
        final String transaction;
        final String agreement;
        final String delivery;
        final String settlement;
        final String summation;
        final String lineSettlement;
        final String ratePercent;

        Dialect(Map<String, String> namespaces, String context, String document, String transaction,
                String agreement, String delivery, String settlement, String summation, String lineSettlement,
                String ratePercent) {
            this.namespaces = namespaces;
            this.fields = new XmlFields(namespaces);
            this.context = context;
            this.document = document;
            this.transaction = transaction;
            this.agreement = transaction + "/" + agreement;
            this.delivery = transaction + "/" + delivery;
            this.settlement = transaction + "/" + settlement;
            this.summation = this.settlement + "/" + summation;
            this.lineSettlement = lineSettlement;
            this.ratePercent = ratePercent;
        }

        public String namespace() {
            return namespaces.get("rsm");
        }
    }

    private final Dialect dialect;
    private final XmlFields fields;

    public CiiReader(Dialect dialect) {
        this.dialect = dialect;
        this.fields = dialect.fields;
    }

    /** Reads the document into the draft. Malformed or missing required values reject the file. */
    public void read(Document doc, InvoiceDraft draft) throws ReadFailure {
        Dialect d = dialect;
        draft.profileId = fields.text(doc, d.context + "/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID");
        draft.profile = Profile.fromGuidelineId(draft.profileId);
        draft.sourceFormat = d == Dialect.ZUGFERD_1 ? SourceFormat.ZUGFERD_1
                : draft.profile == Profile.XRECHNUNG || draft.profile == Profile.XRECHNUNG_EXTENSION
                        ? SourceFormat.XRECHNUNG_CII : SourceFormat.ZUGFERD_2_FACTUR_X;

        // Header (BT-1, BT-2, BT-3)
        draft.number = fields.required(doc, d.document + "/ram:ID", "Rechnungsnummer / invoice number (BT-1)");
        draft.typeCode = fields.required(doc, d.document + "/ram:TypeCode", "Code nach UNTDID 1001, z. B. 380");
        draft.issueDate = fields.date102(doc, d.document + "/ram:IssueDateTime/udt:DateTimeString");
        if (draft.issueDate == null) {
            fields.required(doc, d.document + "/ram:IssueDateTime/udt:DateTimeString", "Datum JJJJMMTT (BT-2)");
        }

        // Parties (BG-4, BG-7) and buyer reference (BT-10, the Leitweg-ID for public buyers)
        draft.seller = party(doc, d.agreement + "/ram:SellerTradeParty");
        draft.buyer = party(doc, d.agreement + "/ram:BuyerTradeParty");
        draft.buyerReference = fields.text(doc, d.agreement + "/ram:BuyerReference");
        draft.deliveryDate = fields.date102(doc,
                d.delivery + "/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString");

        // Currencies (BT-5, BT-6)
        Currency currency = fields.currency(doc, d.settlement + "/ram:InvoiceCurrencyCode");
        if (currency == null) {
            fields.required(doc, d.settlement + "/ram:InvoiceCurrencyCode", "Währungscode nach ISO 4217, z. B. EUR");
        }
        draft.currency = currency;
        Currency taxCurrency = fields.currency(doc, d.settlement + "/ram:TaxCurrencyCode");
        draft.taxCurrency = currency.equals(taxCurrency) ? null : taxCurrency;

        draft.lineCount = fields.list(doc, d.transaction + "/ram:IncludedSupplyChainTradeLineItem").size();
        readVat(doc, draft, currency);
        readAllowancesCharges(doc, draft, currency);
        draft.totals = totals(doc, currency, draft.taxCurrency);
        draft.payment = payment(doc, currency);
        draft.dueDate = fields.date102(doc,
                d.settlement + "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString");

        for (Node reference : fields.list(doc, d.settlement + "/ram:InvoiceReferencedDocument")) {
            String number = fields.text(reference, "ram:IssuerAssignedID");
            if (number != null) {
                draft.precedingInvoices.add(new PrecedingInvoice(number,
                        fields.date102(reference, "ram:FormattedIssueDateTime/qdt:DateTimeString")));
            }
        }
    }

    private Party party(Node doc, String path) throws ReadFailure {
        Node party = fields.node(doc, path);
        if (party == null) {
            return null;
        }
        List<String> ids = new ArrayList<>(fields.texts(party, "ram:ID"));
        ids.addAll(fields.texts(party, "ram:GlobalID"));
        Node address = fields.node(party, "ram:PostalTradeAddress");
        PostalAddress postal = address == null ? null : new PostalAddress(
                fields.text(address, "ram:LineOne"), fields.text(address, "ram:LineTwo"),
                fields.text(address, "ram:PostcodeCode"), fields.text(address, "ram:CityName"),
                fields.text(address, "ram:CountryID"));
        return new Party(fields.text(party, "ram:Name"), ids,
                fields.text(party, "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"),
                fields.text(party, "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='FC']"), postal,
                firstPresent(fields.text(party, "ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID"),
                        fields.text(party, "ram:URIUniversalCommunication/ram:URIID[@schemeID='EM']")));
    }

    private static String firstPresent(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private void readVat(Node doc, InvoiceDraft draft, Currency currency) throws ReadFailure {
        String path = dialect.settlement + "/ram:ApplicableTradeTax";
        for (Node tax : fields.list(doc, path)) {
            draft.vatBreakdown.add(new VatBreakdown(fields.text(tax, "ram:CategoryCode"),
                    fields.decimal(tax, dialect.ratePercent),
                    fields.amount(tax, "ram:BasisAmount", currency),
                    fields.amount(tax, "ram:CalculatedAmount", currency)));
        }
    }

    private void readAllowancesCharges(Node doc, InvoiceDraft draft, Currency currency) throws ReadFailure {
        for (Node node : fields.list(doc, dialect.settlement + "/ram:SpecifiedTradeAllowanceCharge")) {
            draft.allowancesCharges.add(allowanceCharge(node, AllowanceCharge.Level.DOCUMENT, currency));
        }
        String linePath = dialect.transaction + "/ram:IncludedSupplyChainTradeLineItem/"
                + dialect.lineSettlement + "/ram:SpecifiedTradeAllowanceCharge";
        for (Node node : fields.list(doc, linePath)) {
            draft.allowancesCharges.add(allowanceCharge(node, AllowanceCharge.Level.LINE, currency));
        }
    }

    private AllowanceCharge allowanceCharge(Node node, AllowanceCharge.Level level, Currency currency)
            throws ReadFailure {
        String indicator = fields.required(node, "ram:ChargeIndicator/udt:Indicator", "true oder false");
        AllowanceCharge.Kind kind = switch (indicator) {
            case "true" -> AllowanceCharge.Kind.CHARGE;
            case "false" -> AllowanceCharge.Kind.ALLOWANCE;
            default -> throw de.debitum.einvoice.internal.Rejections.malformed(
                    "ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator/udt:Indicator", indicator, "true oder false");
        };
        return new AllowanceCharge(kind, level,
                fields.requiredAmount(node, "ram:ActualAmount", currency),
                fields.text(node, "ram:Reason"), fields.text(node, "ram:ReasonCode"),
                fields.decimal(node, "ram:CategoryTradeTax/" + dialect.ratePercent));
    }

    private Totals totals(Node doc, Currency currency, Currency taxCurrency) throws ReadFailure {
        String summation = dialect.summation;
        Money taxTotal = firstAmountInCurrency(doc, summation + "/ram:TaxTotalAmount", currency, true);
        Money taxTotalInTaxCurrency = taxCurrency == null ? null
                : firstAmountInCurrency(doc, summation + "/ram:TaxTotalAmount", taxCurrency, false);
        Money grandTotal = fields.requiredAmount(doc, summation + "/ram:GrandTotalAmount", currency);
        Money prepaid = fields.amount(doc, summation + "/ram:TotalPrepaidAmount", currency);
        Money due = fields.amount(doc, summation + "/ram:DuePayableAmount", currency);
        if (due == null) {
            due = prepaid == null ? grandTotal : grandTotal.minus(prepaid);
        }
        return new Totals(fields.amount(doc, summation + "/ram:LineTotalAmount", currency),
                fields.amount(doc, summation + "/ram:AllowanceTotalAmount", currency),
                fields.amount(doc, summation + "/ram:ChargeTotalAmount", currency),
                fields.amount(doc, summation + "/ram:TaxBasisTotalAmount", currency),
                taxTotal, taxTotalInTaxCurrency, grandTotal, prepaid,
                fields.amount(doc, summation + "/ram:RoundingAmount", currency), due);
    }

    /** Returns the amount whose currencyID is the currency (or, if allowed, has none). */
    private Money firstAmountInCurrency(Node doc, String path, Currency currency, boolean acceptUnmarked)
            throws ReadFailure {
        String code = currency.getCurrencyCode();
        Money marked = fields.amount(doc, path + "[@currencyID='" + code + "']", currency);
        if (marked != null || !acceptUnmarked) {
            return marked;
        }
        return fields.amount(doc, path + "[not(@currencyID)]", currency);
    }

    private PaymentInstructions payment(Node doc, Currency currency) throws ReadFailure {
        String settlement = dialect.settlement;
        List<Node> means = fields.list(doc, settlement + "/ram:SpecifiedTradeSettlementPaymentMeans");
        String meansCode = means.isEmpty() ? null : fields.text(means.get(0), "ram:TypeCode");
        List<PayeeAccount> accounts = new ArrayList<>();
        String debitedIban = null;
        for (Node node : means) {
            String iban = fields.text(node, "ram:PayeePartyCreditorFinancialAccount/ram:IBANID");
            if (iban == null) {
                iban = fields.text(node, "ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID");
            }
            if (iban != null) {
                accounts.add(new PayeeAccount(Iban.normalize(iban),
                        fields.text(node, "ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID"),
                        fields.text(node, "ram:PayeePartyCreditorFinancialAccount/ram:AccountName")));
            }
            String debited = fields.text(node, "ram:PayerPartyDebtorFinancialAccount/ram:IBANID");
            if (debited != null && debitedIban == null) {
                debitedIban = Iban.normalize(debited);
            }
        }

        String termsPath = settlement + "/ram:SpecifiedTradePaymentTerms/ram:Description";
        List<String> descriptions = fields.texts(doc, termsPath);
        String termsText = descriptions.isEmpty() ? null : String.join("\n", descriptions);
        List<SkontoTier> tiers = new ArrayList<>(SkontoText.parse(termsPath, termsText, currency));
        for (Node discount : fields.list(doc, settlement + "/ram:SpecifiedTradePaymentTerms/ram:ApplicableTradePaymentDiscountTerms")) {
            BigDecimal days = fields.decimal(discount, "ram:BasisPeriodMeasure");
            BigDecimal percent = fields.decimal(discount, "ram:CalculationPercent");
            if (days != null && percent != null) {
                tiers.add(new SkontoTier(days.intValue(), percent, fields.amount(discount, "ram:BasisAmount", currency),
                        SkontoTier.Source.STRUCTURED));
            }
        }

        return new PaymentInstructions(meansCode, accounts,
                fields.text(doc, settlement + "/ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID"),
                fields.text(doc, settlement + "/ram:CreditorReferenceID"), debitedIban, termsText, tiers);
    }
}
