package de.debitum.connector.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import de.debitum.api.ingest.Rejection;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.DocumentFlag;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;
import de.debitum.connector.einvoice.internal.importing.InvoiceMapping;
import de.debitum.datacenter.internal.ingest.RecordValidator;
import de.debitum.einvoice.EInvoiceReader;
import de.debitum.einvoice.InvoiceRecord;
import de.debitum.einvoice.ReadResult;

/**
 * What should become of one input file: read by the e-invoice reader (tested in its own module)
 * and checked by the datacenter's record rules, it is either stored or rejected.
 *
 * @param invoice the record read, or {@code null} when the reader rejected the file
 * @param mapped  the canonical records, or {@code null} when the reader rejected the file
 * @param stored  whether the datacenter should hold the document
 */
record Expected(String fileName, byte[] content, InvoiceRecord invoice, InvoiceMapping.Mapped mapped, boolean stored) {

    static Expected of(EInvoiceReader reader, String fileName, byte[] content) {
        ReadResult result = reader.read(fileName, content);
        if (!(result instanceof ReadResult.Accepted accepted)) {
            return new Expected(fileName, content, null, null, false);
        }
        InvoiceMapping.Mapped mapped = InvoiceMapping.map(accepted.invoice(), fileName, content);
        boolean valid = mapped.debtor() != null
                && RecordValidator.validate(mapped.debtor()).isEmpty()
                && RecordValidator.validate(mapped.document()).map(Rejection::message).isEmpty();
        return new Expected(fileName, content, accepted.invoice(), mapped, valid);
    }

    String documentExternalId() {
        return mapped.document().externalId();
    }

    /** Asserts that the datacenter stores the invoice's document and debtor as the file states them. */
    void assertStored(Datacenter datacenter, TenantId tenant, boolean sameContent) {
        Optional<ReceivableDocument> found = datacenter.documents().findByExternalId(tenant, InvoiceMapping.SOURCE,
                documentExternalId());
        assertThat(found).as("document of %s", fileName).isPresent();
        ReceivableDocument document = found.get();
        assertThat(document.data().number()).as("number of %s", fileName).isEqualTo(invoice.number());
        if (invoice.documentType() != null && "381".equals(invoice.typeCode())) {
            assertThat(document.data().kind()).as("kind of %s", fileName).isEqualTo(DocumentKind.CREDIT_NOTE);
        }
        if (sameContent) {
            // A booking aid may share its number with a full invoice, so these hold only for the file that wins.
            assertThat(document.data().safeSource()).as("safe source of %s", fileName).isEqualTo(invoice.isSafeSource());
            Set<DocumentFlag> flags = EnumSet.noneOf(DocumentFlag.class);
            flags.addAll(InvoiceMapping.flags(invoice));
            if (mapped.document().vatLines().isEmpty()) {
                flags.add(DocumentFlag.NO_VAT_BREAKDOWN);
            }
            assertThat(document.data().flags()).as("flags of %s", fileName).isEqualTo(flags);
            assertThat(document.data().issueDate()).as("issue date of %s", fileName).isEqualTo(invoice.issueDate());
            assertThat(document.data().buyerReference()).as("buyer reference of %s", fileName)
                    .isEqualTo(invoice.buyerReference());
            assertThat(document.data().vatLines()).as("VAT lines of %s", fileName)
                    .hasSize(invoice.vatBreakdown().size());
            assertThat(document.data().terms().cashDiscounts()).as("Skonto tiers of %s", fileName)
                    .hasSize(invoice.payment().skontoTiers().size());
            var amountDue = invoice.totals().amountDue() != null ? invoice.totals().amountDue()
                    : invoice.totals().grandTotal();
            assertThat(document.data().amountDue()).as("amount due of %s", fileName).isEqualTo(amountDue);
            OriginalDocument original = datacenter.documents().original(tenant, document.id()).orElseThrow();
            assertThat(original.sha256()).as("original of %s", fileName).isEqualTo(OriginalDocument.sha256Of(content));
        }

        if (sameContent) {
            Debtor debtor = datacenter.debtors().find(tenant, document.debtorId()).orElseThrow();
            assertThat(debtor.data().externalId()).as("debtor of %s", fileName)
                    .isEqualTo(mapped.debtor().externalId());
            assertThat(debtor.data().name()).as("debtor name of %s", fileName).isEqualTo(invoice.buyer().name());
        }
    }
}
