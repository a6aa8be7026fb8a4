package de.debitum.datacenter.internal.persistence;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.model.AllocationOrigin;
import de.debitum.api.model.AuditEvent;
import de.debitum.api.model.AuditEventType;
import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.DebtorData;
import de.debitum.api.model.DocumentData;
import de.debitum.api.model.DocumentFlag;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.DocumentWarning;
import de.debitum.api.model.DunningBlock;
import de.debitum.api.model.Payment;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.PostalAddress;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.api.model.VatLine;
import de.debitum.api.money.Money;

/** Converts between entities and the api records, in both directions. */
public final class RecordMapping {

    private RecordMapping() {
    }

    public static DebtorData debtorData(DebtorEntity entity) {
        PostalAddress address = new PostalAddress(entity.addressLine1, entity.addressLine2, entity.postalCode,
                entity.city, entity.countryCode);
        List<String> ibans = entity.sourceIbans == null || entity.sourceIbans.isBlank()
                ? List.of() : Arrays.asList(entity.sourceIbans.split(" "));
        return new DebtorData(entity.externalId, entity.customerNumber, entity.name, address, entity.email,
                entity.language, entity.consumer, entity.vatId, entity.buyerReference, ibans);
    }

    public static Debtor debtor(DebtorEntity entity, List<String> ibansSeen) {
        DunningBlock block = entity.dunningBlockReason == null ? null
                : new DunningBlock(entity.dunningBlockReason, entity.dunningBlockUntil);
        return new Debtor(entity.id, TenantId.of(entity.tenantId), entity.source, debtorData(entity), ibansSeen,
                block, entity.blockedUntil, entity.createdAt, entity.updatedAt);
    }

    public static void apply(DebtorEntity entity, DebtorData data) {
        PostalAddress address = data.address() == null ? new PostalAddress(null, null, null, null, null) : data.address();
        entity.externalId = data.externalId();
        entity.customerNumber = data.customerNumber();
        entity.name = data.name();
        entity.addressLine1 = address.line1();
        entity.addressLine2 = address.line2();
        entity.postalCode = address.postalCode();
        entity.city = address.city();
        entity.countryCode = address.countryCode();
        entity.email = data.email();
        entity.language = data.language();
        entity.consumer = data.consumer();
        entity.vatId = data.vatId();
        entity.buyerReference = data.buyerReference();
        entity.sourceIbans = data.ibans().isEmpty() ? null : String.join(" ", data.ibans());
    }

    /** Builds the document's content without the original file, which stays in its own table. */
    public static DocumentData documentData(DocumentEntity entity, String debtorExternalId,
                                            List<DocumentVatEntity> vat, List<CashDiscountEntity> discounts,
                                            List<DocumentWarningEntity> warnings) {
        Currency currency = Currency.getInstance(entity.currency);
        List<VatLine> lines = vat.stream()
                .map(line -> new VatLine(line.category, line.rate, Money.of(line.net, currency), Money.of(line.tax, currency)))
                .toList();
        List<CashDiscountTier> tiers = discounts.stream()
                .map(tier -> new CashDiscountTier(tier.days, tier.percent))
                .toList();
        return new DocumentData(entity.externalId, debtorExternalId, DocumentKind.valueOf(entity.kind), entity.number,
                entity.issueDate, entity.dueDate, entity.serviceFrom, entity.serviceTo, currency, lines,
                Money.of(entity.amountDue, currency), new PaymentTerms(entity.termsText, tiers),
                entity.orderReference, entity.buyerReference, entity.precedingNumber, null, entity.safeSource,
                flags(entity.flags), warnings.stream()
                        .map(warning -> new DocumentWarning(warning.code, warning.messageDe, warning.messageEn))
                        .toList());
    }

    /** Returns the flags as the {@code flags} column stores them: names in name order, or null for none. */
    public static String flagsColumn(Set<DocumentFlag> flags) {
        if (flags.isEmpty()) {
            return null;
        }
        return flags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<DocumentFlag> flags(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        Set<DocumentFlag> flags = EnumSet.noneOf(DocumentFlag.class);
        for (String name : column.split(",")) {
            flags.add(DocumentFlag.valueOf(name.strip()));
        }
        return flags;
    }

    public static ReceivableDocument document(DocumentEntity entity, DocumentData data) {
        return new ReceivableDocument(entity.id, TenantId.of(entity.tenantId), entity.debtorId, entity.source, data,
                entity.bookedOn, entity.blockedUntil, entity.createdAt, entity.updatedAt);
    }

    /** Copies the document's own columns; VAT lines, tiers and the original are written apart. */
    public static void apply(DocumentEntity entity, DocumentData data) {
        entity.externalId = data.externalId();
        entity.kind = data.kind().name();
        entity.number = data.number();
        entity.issueDate = data.issueDate();
        entity.dueDate = data.dueDate();
        entity.serviceFrom = data.serviceFrom();
        entity.serviceTo = data.serviceTo();
        entity.currency = data.currency().getCurrencyCode();
        entity.netTotal = data.netTotal().amount();
        entity.taxTotal = data.taxTotal().amount();
        entity.grossTotal = data.grossTotal().amount();
        entity.amountDue = data.amountDue().amount();
        entity.termsText = data.terms().text();
        entity.orderReference = data.orderReference();
        entity.buyerReference = data.buyerReference();
        entity.precedingNumber = data.precedingNumber();
        entity.safeSource = data.safeSource();
        entity.flags = flagsColumn(data.flags());
        entity.originalFileName = data.original() == null ? null : data.original().fileName();
        entity.originalMediaType = data.original() == null ? null : data.original().mediaType();
        entity.originalSha256 = data.original() == null ? null : data.original().sha256();
    }

    public static PaymentData paymentData(PaymentEntity entity) {
        Currency currency = Currency.getInstance(entity.currency);
        Money fees = entity.feeAmount == null ? null : Money.of(entity.feeAmount, Currency.getInstance(entity.feeCurrency));
        return new PaymentData(entity.externalId, entity.accountIban, entity.bookingDate, entity.valueDate,
                Money.of(entity.amount, currency), entity.counterpartyName, entity.counterpartyIban,
                entity.counterpartyBic, entity.remittanceText, entity.endToEndId, entity.creditorReference,
                entity.mandateReference, entity.returnReason, fees, entity.batchId, entity.reversal);
    }

    public static Payment payment(PaymentEntity entity) {
        return new Payment(entity.id, TenantId.of(entity.tenantId), entity.source, paymentData(entity),
                entity.duplicateOf, entity.createdAt, entity.updatedAt);
    }

    public static void apply(PaymentEntity entity, PaymentData data) {
        entity.externalId = data.externalId();
        entity.accountIban = data.accountIban();
        entity.bookingDate = data.bookingDate();
        entity.valueDate = data.valueDate();
        entity.amount = data.amount().amount();
        entity.currency = data.amount().currency().getCurrencyCode();
        entity.counterpartyName = data.counterpartyName();
        entity.counterpartyIban = data.counterpartyIban();
        entity.counterpartyBic = data.counterpartyBic();
        entity.remittanceText = data.remittanceText();
        entity.endToEndId = data.endToEndId();
        entity.creditorReference = data.creditorReference();
        entity.mandateReference = data.mandateReference();
        entity.returnReason = data.returnReason();
        entity.feeAmount = data.fees() == null ? null : data.fees().amount();
        entity.feeCurrency = data.fees() == null ? null : data.fees().currency().getCurrencyCode();
        entity.batchId = data.batchId();
        entity.reversal = data.reversal();
    }

    public static Allocation allocation(AllocationEntity entity) {
        AllocationOrigin origin = entity.userName != null ? AllocationOrigin.user(entity.userName)
                : AllocationOrigin.rule(entity.ruleName, entity.confidence);
        return new Allocation(entity.id, TenantId.of(entity.tenantId), entity.documentId, entity.paymentId,
                entity.creditNoteId, AllocationKind.valueOf(entity.kind),
                Money.of(entity.amount, Currency.getInstance(entity.currency)), origin, entity.createdAt);
    }

    public static AuditEvent auditEvent(AuditEventEntity entity) {
        return new AuditEvent(entity.id, TenantId.of(entity.tenantId), entity.occurredAt,
                AuditEventType.valueOf(entity.type), entity.subjectType, entity.subjectId, entity.debtorId,
                entity.documentId, entity.actor, entity.details);
    }

    public static BigDecimal amountOrZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
