package de.debitum.connector.einvoice.internal.folder;

import java.io.IOException;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileEndpoint;

import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.ingest.IngestionException;
import de.debitum.connector.einvoice.internal.MailboxSettings;

/**
 * The route of an instance in folder mode: it polls the inbox folder, imports each PDF or XML
 * file and moves it to {@code .done} or {@code .error} only after the import returned.
 */
public final class InvoiceFolderRoutes extends RouteBuilder {

    /** PDF and XML files, ignoring case; a reason file ends in .txt and is never read. */
    static final String FILE_NAME_PATTERN = "(?i).+\\.(pdf|xml)";

    /**
     * Minimum age of a file before it is read. The {@code changed} read lock takes an older file at
     * once and waits for a younger one to stop changing, so that a file still being written is not
     * read half.
     */
    static final String READ_LOCK_MIN_AGE = "5s";

    private final ConnectorContext context;
    private final MailboxSettings settings;

    public InvoiceFolderRoutes(ConnectorContext context, MailboxSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    @Override
    public void configure() {
        // The database stored nothing, or the file or its reason file could not be read or written: the
        // file stays in the inbox folder and is read again at the next poll.
        onException(IngestionException.class, IOException.class)
                .handled(false)
                .logExhausted(false)
                .process(exchange -> context.log().warn("Storing e-invoice file {} failed, it stays in the inbox"
                                + " folder for the next poll: {}", exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY),
                        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage()));

        String uri = settings.folder().toUri() + "?initialDelay=0"
                + "&delay=" + settings.pollInterval().toMillis()
                + "&readLock=changed&readLockMinAge=" + READ_LOCK_MIN_AGE;
        // Options that hold regular expressions or expressions are set directly, not escaped into the URI.
        FileEndpoint endpoint = getContext().getEndpoint(uri, FileEndpoint.class);
        endpoint.setInclude(FILE_NAME_PATTERN);
        endpoint.setMove("${header." + InvoiceFileProcessor.TARGET_HEADER + "}");

        from(endpoint)
                .routeId(context.instanceId() + ".einvoice-folder")
                .process(new InvoiceFileProcessor(context, settings));
    }
}
