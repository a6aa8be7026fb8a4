package de.debitum.api.ingest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears of every import batch once it is committed. The datacenter calls each registered
 * service on the thread that stored the batch, after the commit; a listener hands longer work
 * to its own executor and returns at once. A failing listener is logged and does not affect
 * the batch or the other listeners.
 */
@ConsumerType
public interface ImportListener {

    /**
     * @param batch  the batch as the connector delivered it
     * @param report what the datacenter stored of it
     */
    void batchStored(IngestionBatch batch, ImportReport report);
}
