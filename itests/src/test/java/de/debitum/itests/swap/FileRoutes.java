package de.debitum.itests.swap;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;

import de.debitum.api.connector.ConnectorContext;

/** One payment per {@code *.txt} file; the file moves to {@code .done} after the commit. */
public final class FileRoutes extends RouteBuilder {

    private final ConnectorContext context;

    FileRoutes(ConnectorContext context) {
        this.context = context;
    }

    @Override
    public void configure() {
        String folder = context.config().path("folder").toUri().toString();
        from(folder + "?initialDelay=0&delay=10&include=.*\\.txt&move=.done&moveFailed=.error")
                .routeId(context.instanceId() + ".files")
                .process(exchange -> {
                    String name = exchange.getIn().getHeader("CamelFileName", String.class);
                    String externalId = exchange.getIn().getBody(String.class).strip();
                    context.ingest("swap-files", List.of(SwapConnectors.payment(externalId)), List.of(), name);
                });
    }
}
