package de.debitum.datacenter.internal.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentWarning;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;
import de.debitum.datacenter.internal.persistence.RecordMapping;

/**
 * The content of a canonical record as named text fields. Its SHA-256 hash tells ingestion
 * whether a record delivered again has changed, and comparing two field maps names what changed.
 */
public final class RecordFields {

    private RecordFields() {
    }

    public static Map<String, String> of(DebtorData data) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customerNumber", data.customerNumber());
        fields.put("name", data.name());
        PostalAddress address = data.address();
        fields.put("address.line1", address == null ? null : address.line1());
        fields.put("address.line2", address == null ? null : address.line2());
        fields.put("address.postalCode", address == null ? null : address.postalCode());
        fields.put("address.city", address == null ? null : address.city());
        fields.put("address.countryCode", address == null ? null : address.countryCode());
        fields.put("email", data.email());
        fields.put("language", data.language());
        fields.put("consumer", String.valueOf(data.consumer()));
        fields.put("vatId", data.vatId());
        fields.put("buyerReference", data.buyerReference());
        fields.put("ibans", String.join(" ", data.ibans()));
        return fields;
    }

    /** Names the document's fields; the original file counts through its hash. */
    public static Map<String, String> of(DocumentData data, String originalSha256) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("debtorExternalId", data.debtorExternalId());
        fields.put("kind", data.kind().name());
        fields.put("number", data.number());
        fields.put("issueDate", text(data.issueDate()));
        fields.put("dueDate", text(data.dueDate()));
        fields.put("serviceFrom", text(data.serviceFrom()));
        fields.put("serviceTo", text(data.serviceTo()));
        fields.put("currency", data.currency().getCurrencyCode());
        List<String> lines = new ArrayList<>();
        for (VatLine line : data.vatLines()) {
            lines.add(line.category() + "/" + line.rate().stripTrailingZeros().toPlainString() + "/"
                    + money(line.net()) + "/" + money(line.tax()));
        }
        fields.put("vatLines", String.join(";", lines));
        fields.put("amountDue", money(data.amountDue()));
        fields.put("terms.text", data.terms().text());
        List<String> tiers = new ArrayList<>();
        for (CashDiscountTier tier : data.terms().cashDiscounts()) {
            tiers.add(tier.days() + "/" + tier.percent().stripTrailingZeros().toPlainString());
        }
        fields.put("terms.cashDiscounts", String.join(";", tiers));
        fields.put("orderReference", data.orderReference());
        fields.put("buyerReference", data.buyerReference());
        fields.put("precedingNumber", data.precedingNumber());
        fields.put("original.sha256", originalSha256);
        fields.put("safeSource", String.valueOf(data.safeSource()));
        // Flags and warnings join the hash only when present, so documents stored before they
        // existed keep their hash.
        if (!data.flags().isEmpty()) {
            fields.put("flags", RecordMapping.flagsColumn(data.flags()));
        }
        if (!data.warnings().isEmpty()) {
            List<String> warnings = new ArrayList<>();
            for (DocumentWarning warning : data.warnings()) {
                warnings.add(warning.code() + "/" + warning.messageDe() + "/" + warning.messageEn());
            }
            fields.put("warnings", String.join(";", warnings));
        }
        return fields;
    }

    public static Map<String, String> of(PaymentData data) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("accountIban", data.accountIban());
        fields.put("bookingDate", text(data.bookingDate()));
        fields.put("valueDate", text(data.valueDate()));
        fields.put("amount", money(data.amount()));
        fields.put("counterpartyName", data.counterpartyName());
        fields.put("counterpartyIban", data.counterpartyIban());
        fields.put("counterpartyBic", data.counterpartyBic());
        fields.put("remittanceText", data.remittanceText());
        fields.put("endToEndId", data.endToEndId());
        fields.put("creditorReference", data.creditorReference());
        fields.put("mandateReference", data.mandateReference());
        fields.put("returnReason", data.returnReason());
        fields.put("fees", data.fees() == null ? null : money(data.fees()));
        fields.put("batchId", data.batchId());
        fields.put("reversal", String.valueOf(data.reversal()));
        return fields;
    }

    /** Hashes the fields in order; a null value differs from an empty one. */
    public static String hash(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append(name).append(value == null ? "\u0000" : "=" + value.length() + ":" + value).append('\n'));
        return sha256(text.toString());
    }

    /** Lists the names of the fields whose values differ. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> names = new ArrayList<>();
        after.forEach((name, value) -> {
            if (!Objects.equals(before.get(name), value)) {
                names.add(name);
            }
        });
        before.keySet().stream().filter(name -> !after.containsKey(name)).forEach(names::add);
        return names;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
