package ${package};

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import de.debitum.api.connector.ConnectorConfig;
import de.debitum.api.connector.ConnectorContext;
import de.debitum.api.ingest.ImportReport;
import de.debitum.api.model.CanonicalRecord;
import de.debitum.api.model.PaymentData;

/**
 * The routes of one instance: polls the folder for {@code *.csv} files, hands their payments to
 * the hub and moves each file to {@code .done} only after the hub stored it, or to {@code .error}
 * when it cannot be read. A file that fails to store stays in the folder and is read again.
 */
final class FolderPaymentsRoutes extends RouteBuilder {

    private final ConnectorContext context;

    FolderPaymentsRoutes(ConnectorContext context) {
        this.context = context;
    }

    @Override
    public void configure() {
        ConnectorConfig config = context.config();
        long maxBytes = config.integer(FolderPaymentsConnectorType.MAX_FILE_SIZE) * 1024L * 1024L;
        String accountIban = config.text(FolderPaymentsConnectorType.ACCOUNT_IBAN);

        // An unreadable file goes to .error with the reason in the log; the route goes on with the next file.
        onException(PaymentFileParser.InvalidPaymentFileException.class)
                .handled(false)
                .logStackTrace(false)
                .log(LoggingLevel.WARN, "File ${header.CamelFileName} moved to .error: ${exception.message}");

        from(config.path(FolderPaymentsConnectorType.FOLDER).toUri().toString()
                + "?includeExt=csv&move=.done&moveFailed=.error&initialDelay=0"
                + "&delay=" + config.duration(FolderPaymentsConnectorType.POLL_INTERVAL).toMillis()
                + "&readLock=changed&readLockMinAge=1000&readLockCheckInterval=250&readLockTimeout=10000")
                .routeId(context.instanceId() + ".files")
                .process(exchange -> importFile(exchange, maxBytes, accountIban));
    }

    private void importFile(Exchange exchange, long maxBytes, String accountIban) {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        Long length = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
        if (length != null && length > maxBytes) {
            throw new PaymentFileParser.InvalidPaymentFileException("the file has " + length + " bytes, more than the"
                    + " configured maximum of " + maxBytes + " bytes");
        }
        String content = new String(exchange.getIn().getBody(byte[].class), StandardCharsets.UTF_8);
        List<PaymentData> payments = PaymentFileParser.parse(content, accountIban);

        // A batch may contain at most IngestionBatch.MAX_RECORDS (100,000) records. Storing is
        // idempotent, so a file read again after a failure between two batches doubles no payment.
        int batchSize = 10_000;
        for (int from = 0; from < payments.size(); from += batchSize) {
            List<CanonicalRecord> batch = List.copyOf(payments.subList(from, Math.min(payments.size(), from + batchSize)));
            ImportReport report = context.ingest(FolderPaymentsConnectorType.ID + ":" + name, batch, List.of(), name);
            context.log().info("File {}: {} payments received, {} created, {} unchanged, {} rejected", name,
                    report.received(), report.created(), report.unchanged(), report.rejected());
            report.rejections().forEach(rejection -> context.log().warn("File {}: {}", name, rejection.message()));
        }
        if (payments.isEmpty()) {
            context.log().info("File {} contains no payment", name);
        }
    }
}
