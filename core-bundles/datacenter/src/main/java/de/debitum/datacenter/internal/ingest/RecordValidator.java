package de.debitum.datacenter.internal.ingest;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.DocumentWarning;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;

/**
 * Checks canonical records before they are stored. Every limit matches a column of the schema,
 * so that a valid record fits its columns. A record that fails is rejected with the field, the
 * value and the rule.
 */
public final class RecordValidator {

    /** Maximum size of an original document file. */
    public static final int MAX_ORIGINAL_BYTES = 20 * 1024 * 1024;

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e17");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern VAT_ID = Pattern.compile("[A-Z]{2}[A-Za-z0-9+*.]{2,12}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern RETURN_REASON = Pattern.compile("[A-Z0-9]{4}");
    private static final Pattern VAT_CATEGORY = Pattern.compile("[A-Z]{1,2}");
    private static final Pattern WARNING_CODE = Pattern.compile("[A-Z0-9_]+");
    private static final Pattern NO_CONTROL = Pattern.compile("[^\\p{Cntrl}]+");

    private RecordValidator() {
    }

    public static Optional<Rejection> validate(DebtorData data) {
        Violations v = new Violations("debtor", data.externalId());
        externalId(v, data.externalId());
        v.require("name", data.name()).maxLength("name", data.name(), 300)
                .maxLength("customerNumber", data.customerNumber(), 50);
        PostalAddress address = data.address();
        if (address != null) {
            v.maxLength("address.line1", address.line1(), 200)
                    .maxLength("address.line2", address.line2(), 200)
                    .maxLength("address.postalCode", address.postalCode(), 20)
                    .maxLength("address.city", address.city(), 100)
                    .matches("address.countryCode", address.countryCode(), COUNTRY, "ISO 3166-1 alpha-2 code such as DE");
        }
        v.maxLength("email", data.email(), 254)
                .matches("email", data.email(), EMAIL, "an e-mail address such as name@example.de")
                .matches("language", data.language(), LANGUAGE, "ISO 639-1 code in lower case such as de")
                .matches("vatId", data.vatId(), VAT_ID, "VAT id with country prefix such as DE123456789")
                .maxLength("buyerReference", data.buyerReference(), 100)
                .check(data.ibans().size() <= 10, "ibans", data.ibans().size(), "at most 10 IBANs");
        for (String iban : data.ibans()) {
            v.check(Iban.isValid(iban), "ibans", iban, "IBAN in electronic format with valid check digits");
        }
        return v.result();
    }

    public static Optional<Rejection> validate(DocumentData data) {
        Violations v = new Violations("document", data.externalId());
        externalId(v, data.externalId());
        v.require("debtorExternalId", data.debtorExternalId()).maxLength("debtorExternalId", data.debtorExternalId(), 200)
                .require("kind", data.kind())
                .require("number", data.number()).maxLength("number", data.number(), 100)
                .require("issueDate", data.issueDate())
                .require("currency", data.currency())
                .require("amountDue", data.amountDue());

        if (v.failed()) {
            return v.result();
        }
        v.check(data.dueDate() == null || !data.dueDate().isBefore(data.issueDate()), "dueDate", data.dueDate(),
                "not before the issue date " + data.issueDate());
        v.check(data.serviceFrom() == null || data.serviceTo() == null || !data.serviceTo().isBefore(data.serviceFrom()),
                "serviceTo", data.serviceTo(), "not before serviceFrom " + data.serviceFrom());

        Currency currency = data.currency();
        for (VatLine line : data.vatLines()) {
            v.matches("vatLines.category", line.category(), VAT_CATEGORY, "EN 16931 VAT category code such as S")
                    .check(line.rate().signum() >= 0 && line.rate().compareTo(BigDecimal.valueOf(100)) < 0,
                            "vatLines.rate", line.rate(), "a percentage from 0 to below 100");
            money(v, "vatLines.net", line.net(), currency);
            money(v, "vatLines.tax", line.tax(), currency);
        }
        money(v, "amountDue", data.amountDue(), currency);

        v.maxLength("terms.text", data.terms().text(), 1000);
        for (CashDiscountTier tier : data.terms().cashDiscounts()) {
            v.check(tier.days() >= 1 && tier.days() <= 365, "terms.cashDiscounts.days", tier.days(), "from 1 to 365 days")
                    .check(tier.percent().signum() > 0 && tier.percent().compareTo(BigDecimal.valueOf(100)) < 0,
                            "terms.cashDiscounts.percent", tier.percent(), "a percentage above 0 and below 100");
        }
        v.maxLength("orderReference", data.orderReference(), 200)
                .maxLength("buyerReference", data.buyerReference(), 200)
                .maxLength("precedingNumber", data.precedingNumber(), 100);

        v.check(data.warnings().size() <= DocumentWarning.MAX_COUNT, "warnings", data.warnings().size(),
                "at most " + DocumentWarning.MAX_COUNT + " warnings");
        for (DocumentWarning warning : data.warnings()) {
            v.maxLength("warnings.code", warning.code(), DocumentWarning.MAX_CODE)
                    .matches("warnings.code", warning.code(), WARNING_CODE, "upper-case letters, digits and _")
                    .maxLength("warnings.messageDe", warning.messageDe(), DocumentWarning.MAX_MESSAGE)
                    .maxLength("warnings.messageEn", warning.messageEn(), DocumentWarning.MAX_MESSAGE);
        }

        boolean needsPreceding = data.kind() == DocumentKind.CANCELLATION || data.kind() == DocumentKind.CORRECTED_INVOICE;
        v.check(!needsPreceding || data.precedingNumber() != null && !data.precedingNumber().isBlank(),
                "precedingNumber", data.precedingNumber(), "required for a " + data.kind() + " (BT-25)");
        if (data.original() != null) {
            v.check(data.original().size() <= MAX_ORIGINAL_BYTES, "original", data.original().size() + " bytes",
                            "at most " + MAX_ORIGINAL_BYTES + " bytes")
                    .maxLength("original.fileName", data.original().fileName(), 255)
                    .maxLength("original.mediaType", data.original().mediaType(), 100)
                    .check(data.original().hashMatches(), "original.sha256", data.original().sha256(),
                            "SHA-256 of the content");
        }
        return v.result();
    }

    public static Optional<Rejection> validate(PaymentData data) {
        Violations v = new Violations("payment", data.externalId());
        externalId(v, data.externalId());
        v.require("accountIban", data.accountIban())
                .check(Iban.isValid(data.accountIban()), "accountIban", data.accountIban(),
                        "IBAN in electronic format with valid check digits")
                .require("bookingDate", data.bookingDate())
                .require("amount", data.amount());
        if (v.failed()) {
            return v.result();
        }
        money(v, "amount", data.amount(), data.amount().currency());
        v.check(!data.amount().isZero(), "amount", data.amount(), "not zero")
                .maxLength("counterpartyName", data.counterpartyName(), 200)
                .check(data.counterpartyIban() == null || Iban.isValid(data.counterpartyIban()), "counterpartyIban",
                        data.counterpartyIban(), "IBAN in electronic format with valid check digits")
                .matches("counterpartyBic", data.counterpartyBic(), BIC, "BIC of 8 or 11 characters")
                .maxLength("remittanceText", data.remittanceText(), 1000)
                .maxLength("endToEndId", data.endToEndId(), 100)
                .maxLength("creditorReference", data.creditorReference(), 100)
                .maxLength("mandateReference", data.mandateReference(), 100)
                .matches("returnReason", data.returnReason(), RETURN_REASON, "ISO 20022 reason code such as MD06")
                .maxLength("batchId", data.batchId(), 100);
        if (data.fees() != null) {
            money(v, "fees", data.fees(), data.fees().currency());
        }
        return v.result();
    }

    private static void externalId(Violations v, String externalId) {
        v.require("externalId", externalId)
                .maxLength("externalId", externalId, 200)
                .matches("externalId", externalId, NO_CONTROL, "no control characters");
    }

    private static void money(Violations v, String field, Money money, Currency expected) {
        v.check(money.currency().equals(expected), field, money, "in the document currency " + expected)
                .check(money.amount().abs().compareTo(MAX_AMOUNT) < 0, field, money, "less than 10^17 in amount");
    }
}
