package de.debitum.connector.csv.internal;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileEndpoint;

import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.ingest.IngestionException;

/**
 * The route of one instance: it polls the inbox folder for {@code .csv} and {@code .txt} files,
 * imports each and moves it to {@code .done} or {@code .error} only after the import returned.
 */
public final class CsvInboxRoutes extends RouteBuilder {

    /** Names of the files the route reads, ignoring case. */
    static final String FILE_NAMES = "(?i).+\\.(csv|txt)";

    /**
     * Minimum age of a file before Camel's {@code changed} read lock takes it, so that a file that is
     * still being written is not read half-written. A younger file is read later.
     */
    static final String READ_LOCK_MIN_AGE = "5s";

    private final ConnectorContext context;
    private final CsvSettings settings;

    /**
     * Creates the routes of an instance.
     *
     * @throws IllegalArgumentException when a configuration value cannot be used; the host shows the
     *                                  message as the instance's status
     */
    public CsvInboxRoutes(ConnectorContext context) {
        this.context = context;
        this.settings = CsvSettings.of(context.config());
    }

    @Override
    public void configure() {
        // The database stored nothing: the file stays in the inbox folder and is read again at the next poll.
        onException(IngestionException.class)
                .handled(false)
                .logExhausted(false)
                .process(exchange -> context.log().warn("Storing CSV file {} failed, it stays in the inbox folder for"
                                + " the next poll: {}", exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY),
                        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage()));

        String uri = settings.folder().toUri() + "?initialDelay=0"
                + "&delay=" + settings.pollInterval().toMillis()
                + "&readLock=changed&readLockMinAge=" + READ_LOCK_MIN_AGE;
        // Options that hold regular expressions or expressions are set directly, not escaped into the URI.
        FileEndpoint endpoint = getContext().getEndpoint(uri, FileEndpoint.class);
        endpoint.setInclude(FILE_NAMES);
        endpoint.setMove("${header." + CsvFileProcessor.TARGET_HEADER + "}");

        from(endpoint)
                .routeId(context.instanceId() + ".csv")
                .process(new CsvFileProcessor(context, settings));
    }
}
