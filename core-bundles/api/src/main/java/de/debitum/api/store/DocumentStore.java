package de.debitum.api.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.DocumentConfirmation;
import de.debitum.api.model.OriginalDocument;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.ReceivableDocument;
import de.debitum.api.model.TenantId;

/** Receivable documents of one tenant. Documents are created through ingestion. */
@ProviderType
public interface DocumentStore {

    /** Finds a document; the original file is left out, {@link #original} loads it. */
    Optional<ReceivableDocument> find(TenantId tenant, long documentId);

    Optional<ReceivableDocument> findByExternalId(TenantId tenant, String source, String externalId);

    List<ReceivableDocument> listByDebtor(TenantId tenant, long debtorId);

    /**
     * Returns the payment terms of those of the documents that exist for the tenant, by document
     * id, in one query per 1000 ids.
     */
    Map<Long, PaymentTerms> paymentTerms(TenantId tenant, Collection<Long> documentIds);

    /** Loads the original file of a document, if one was delivered. */
    Optional<OriginalDocument> original(TenantId tenant, long documentId);

    /**
     * Records that the ledger booked the document on {@code bookedOn}, which starts its retention
     * duty, with an audit event.
     *
     * @throws NotFoundException when the tenant has no such document
     */
    ReceivableDocument markBooked(TenantId tenant, long documentId, LocalDate bookedOn, String actor);

    /**
     * Records that a person checked the document's data, so that dunning may include a document
     * from an unsafe source or with a flag (such as a booking aid), with an audit event. Confirming
     * again keeps the first confirmation.
     *
     * @return the stored confirmation
     * @throws NotFoundException when the tenant has no such document
     */
    DocumentConfirmation confirm(TenantId tenant, long documentId, String actor);

    /** Returns the confirmation of a document, if a person gave one. */
    Optional<DocumentConfirmation> confirmation(TenantId tenant, long documentId);
}
