package de.debitum.einvoice;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.einvoice.internal.InvoiceFileReader;
import de.debitum.einvoice.internal.ReadFailure;
import de.debitum.einvoice.internal.Rejections;

/**
 * Reads one file (PDF/A-3 with invoice XML, bare XML, or a plain PDF) into a {@link ReadResult}.
 *
 * <p>Every failure becomes a {@link ReadResult.Rejected} with a message in German and English;
 * no exception leaves {@link #read}. Each read runs on the reader's own worker threads and is
 * abandoned after {@link ReaderLimits#timeout()}. Instances are thread-safe; {@link #close()}
 * stops the workers.
 */
public final class EInvoiceReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EInvoiceReader.class);
    private static final AtomicInteger READER_IDS = new AtomicInteger();

    private final ReaderLimits limits;
    private final InvoiceFileReader fileReader;
    private final ExecutorService workers;

    /** Creates a reader with {@link ReaderLimits#DEFAULT}. */
    public EInvoiceReader() {
        this(ReaderLimits.DEFAULT);
    }

    public EInvoiceReader(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.fileReader = new InvoiceFileReader(limits);
        this.workers = Executors.newCachedThreadPool(daemonThreads("einvoice-reader-" + READER_IDS.incrementAndGet()));
    }

    /**
     * Reads one file.
     *
     * @param fileName the file name, used in messages only (the content decides the format)
     * @param content  the file's bytes
     * @return the invoice record, or the rejection with its reason
     */
    public ReadResult read(String fileName, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Future<ReadResult> task = workers.submit(() -> readNow(fileName, content));
        try {
            return task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // NOTE: cancel only interrupts; a parser that ignores interrupts runs on until it returns.
            task.cancel(true);
            LOG.warn("Reading {} timed out after {}", fileName, limits.timeout());
            return new ReadResult.Rejected(fileName, Rejections.timedOut(limits.timeout()));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return new ReadResult.Rejected(fileName, Rejections.timedOut(limits.timeout()));
        } catch (ExecutionException e) {
            return unexpected(fileName, e.getCause());
        }
    }

    /** Stops the worker threads; reads in progress are interrupted. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    private ReadResult readNow(String fileName, byte[] content) {
        try {
            return new ReadResult.Accepted(fileName, fileReader.read(fileName, content));
        } catch (ReadFailure e) {
            LOG.debug("Rejected {}: {}", fileName, e.rejection().messageEn());
            return new ReadResult.Rejected(fileName, e.rejection());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return unexpected(fileName, e);
        }
    }

    private static ReadResult unexpected(String fileName, Throwable error) {
        LOG.warn("Reading {} failed unexpectedly: {}", fileName, error.toString());
        LOG.debug("Stack trace of the failed read of {}", fileName, error);
        String detail = error.getClass().getSimpleName() + ": " + Rejections.shorten(String.valueOf(error.getMessage()));
        return new ReadResult.Rejected(fileName, new Rejection(RejectionReason.READ_FAILED, null, detail, null,
                "Die Datei konnte wegen eines unerwarteten Fehlers nicht gelesen werden. Bitte die Datei"
                        + " prüfen lassen; die Fehlerangabe steht im Protokoll.",
                "The file could not be read because of an unexpected error (" + detail + "). Have the file"
                        + " checked."));
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
