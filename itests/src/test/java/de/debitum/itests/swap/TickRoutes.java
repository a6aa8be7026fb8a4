package de.debitum.itests.swap;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;

import de.debitum.api.connector.ConnectorContext;

/**
 * One numbered payment per tick. The number continues from the checkpoint, which is stored with
 * the payment, so a restart neither repeats nor skips a number.
 */
public final class TickRoutes extends RouteBuilder {

    private final ConnectorContext context;

    TickRoutes(ConnectorContext context) {
        this.context = context;
    }

    @Override
    public void configure() {
        from("timer:" + context.instanceId() + "?delay=0&period=25")
                .routeId(context.instanceId() + ".ticks")
                .process(exchange -> {
                    long next = context.checkpoint().map(Long::parseLong).orElse(0L) + 1;
                    context.ingest("swap-ticks", List.of(SwapConnectors.payment("T-" + next)), List.of(),
                            String.valueOf(next));
                });
    }
}
