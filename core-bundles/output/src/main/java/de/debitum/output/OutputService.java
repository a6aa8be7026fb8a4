package de.debitum.output;

import java.io.OutputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.debitum.api.model.TenantId;
import de.debitum.api.output.Enqueued;
import de.debitum.api.output.OutboxEntry;
import de.debitum.api.output.OutboxFilter;
import de.debitum.api.output.OutboxPage;
import de.debitum.output.letter.DunningLetterData;
import de.debitum.output.letter.LetterTexts;

/**
 * Puts documents into the outbox and delivers them. A delivery worker sends due e-mail and post
 * entries in the background, retrying transient failures with growing delays. Print entries wait
 * for {@link #printBatch}.
 */
@ProviderType
public interface OutputService {

    /** The maximum letters in one print batch, about 60 MB of PDF. */
    int MAX_PRINT_BATCH_LETTERS = 1000;


    /**
     * Puts a document into the outbox, or returns the entry that the same document key, channel
     * and recipient already have. The e-mail subject and text come from the document kind and the
     * debtor's language.
     *
     * @throws OutputException when a value of the request is invalid
     * @throws de.debitum.api.store.NotFoundException when the tenant, debtor or document does not exist
     */
    Enqueued enqueue(TenantId tenant, DocumentRequest request);

    /**
     * Renders a dunning letter and puts it into the outbox under the key
     * {@code dunning-notice:<notice number>}. For post and print the recipient is the letter's
     * address; for e-mail it is {@link LetterDelivery#emailAddress()}.
     *
     * @throws de.debitum.output.letter.InvalidLetterException when the letter cannot be rendered
     * @throws OutputException when the delivery is invalid, such as e-mail without an address
     */
    Enqueued enqueueDunningLetter(TenantId tenant, DunningLetterData letter, LetterTexts texts, LetterDelivery delivery);

    /**
     * Sends the entries that are due now, on the calling thread, and returns how many it tried.
     * The background worker does the same on its interval.
     */
    int deliverDue();

    /**
     * Puts an entry that failed for good back into the queue, once the tenant fixed the cause.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant has no such entry
     * @throws OutputException when the entry has not failed for good
     */
    OutboxEntry retry(TenantId tenant, long entryId);

    /** Returns a page of the tenant's outbox, newest first. */
    OutboxPage outbox(TenantId tenant, OutboxFilter filter, int offset, int limit);

    /**
     * Returns the PDF of an outbox entry.
     *
     * @throws de.debitum.api.store.NotFoundException when the tenant has no such entry
     */
    byte[] document(TenantId tenant, long entryId);

    /**
     * Writes the print letters of a run into one PDF and marks the queued ones as sent, with the
     * batch as message id. Letters printed before are printed again but not recorded twice.
     *
     * @throws OutputException when the run has no print letters
     */
    PrintBatch printBatch(TenantId tenant, String runKey, OutputStream out);

    /**
     * Returns the outbox entry ids of a run's print letters, oldest first, in parts of at most
     * {@link #MAX_PRINT_BATCH_LETTERS}, so that a large run is printed as several batches with
     * {@link #printBatch(TenantId, List, OutputStream)}. Empty when the run has no print letters.
     */
    List<List<Long>> printBatchParts(TenantId tenant, String runKey);

    /**
     * Writes the given entries into one PDF in the given order; print entries among them are
     * marked as sent.
     *
     * @throws OutputException when no id names an entry of the tenant, or too many are given
     */
    PrintBatch printBatch(TenantId tenant, List<Long> entryIds, OutputStream out);

    /**
     * Saves the tenant's SMTP server and sender. The password is stored encrypted; a null
     * password keeps the stored one.
     *
     * @throws OutputException when a setting is invalid
     */
    void configureMail(TenantId tenant, MailSettings settings);

    /**
     * Saves the tenant's print-and-mail provider account. The client secret is stored
     * encrypted; a null secret keeps the stored one.
     *
     * @throws OutputException when a setting is invalid
     */
    void configurePost(TenantId tenant, PostSettings settings);
}
