package de.debitum.ui.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.OutboxApi;
import de.debitum.ui.client.OutboxApi.Entry;
import de.debitum.ui.i18n.MessagesProvider;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output of a tenant: letters and e-mails with their delivery state, filtered by state. Each
 * letter opens as PDF through the UI, so the hub's token never reaches the browser. Admins send an
 * entry that failed for good once more.
 */
@Route(value = "output", layout = MainLayout.class)
@PermitAll
public class OutputView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OutputView.class);

    static final int PAGE_SIZE = 50;
    /** The hub's outbox states, in the order of a delivery. */
    static final List<String> STATUSES = List.of("queued", "sending", "sent", "failed_transient", "failed_final");
    /** The filter value that lists every state. */
    private static final String ALL = "all";

    private final transient OutboxApi outbox;
    private final String tenant;
    private final boolean admin;
    private final Select<String> statusFilter = new Select<>();
    private final Grid<Entry> entries = new Grid<>();
    private CallbackDataProvider<Entry, Void> data;

    public OutputView(HubContext hub, HubClient client) {
        setId("output-view");
        setSizeFull();
        add(new H2(getTranslation("output.title")));
        tenant = hub.tenant().orElse(null);
        admin = hub.me().isAdmin();
        Locale locale = UI.getCurrent() != null ? MessagesProvider.supported(UI.getCurrent().getLocale())
                : MessagesProvider.GERMAN;
        outbox = tenant == null ? null : new OutboxApi(hub.api(), client, () -> locale);
        if (tenant == null) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }
        add(new Paragraph(getTranslation("output.help")));
        add(filterRow());
        configureGrid();
        add(entries);
        setFlexGrow(1, entries);
    }

    private Component filterRow() {
        statusFilter.setId("output-status-filter");
        statusFilter.setLabel(getTranslation("output.status"));
        statusFilter.setItems(Stream.concat(Stream.of(ALL), STATUSES.stream()).toList());
        statusFilter.setItemLabelGenerator(status -> getTranslation("output.status." + status));
        statusFilter.setValue(ALL);
        statusFilter.addValueChangeListener(event -> data.refreshAll());
        return new HorizontalLayout(statusFilter);
    }

    private void configureGrid() {
        Locale locale = getLocale();
        entries.setId("output-entries");
        entries.setPageSize(PAGE_SIZE);
        // Cells wrap, so a long error text in the detail column is readable whole.
        entries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.addColumn(e -> Formats.dateTime(e.createdAt(), locale)).setHeader(getTranslation("output.created"))
                .setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(e -> getTranslation("output.kind." + e.kind())).setHeader(getTranslation("output.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(OutputView::addressee).setHeader(getTranslation("output.recipient")).setWidth("13rem")
                .setFlexGrow(2);
        entries.addColumn(e -> getTranslation("output.channel." + e.channel()))
                .setHeader(getTranslation("output.channel")).setAutoWidth(true).setFlexGrow(0);
        entries.addComponentColumn(this::statusBadge).setHeader(getTranslation("output.status")).setAutoWidth(true)
                .setFlexGrow(0);
        entries.addColumn(Entry::attempts).setHeader(getTranslation("output.attempts"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(e -> detail(e, locale)).setHeader(getTranslation("output.detail")).setWidth("10rem")
                .setFlexGrow(2);
        entries.addComponentColumn(this::actions).setHeader(getTranslation("output.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        data = new CallbackDataProvider<>(query -> fetch(query.getOffset(), query.getLimit()), query -> count());
        entries.setItems(data);
        entries.setEmptyStateText(getTranslation("output.empty"));
    }

    /** Returns the debtor's name, or the first line of the address or the e-mail address when no debtor is linked. */
    private static String addressee(Entry entry) {
        if (entry.debtorName() != null) {
            return entry.debtorName();
        }
        String recipient = entry.recipient() == null ? "" : entry.recipient();
        int newline = recipient.indexOf('\n');
        return newline < 0 ? recipient : recipient.substring(0, newline);
    }

    private String detail(Entry entry, Locale locale) {
        if (entry.lastError() != null && !"sent".equals(entry.status())) {
            return entry.lastError();
        }
        if (entry.sentAt() != null) {
            return getTranslation("output.sent-at", Formats.dateTime(entry.sentAt(), locale));
        }
        if ("print".equals(entry.channel()) && "queued".equals(entry.status())) {
            // Print letters go out with the print batch, so the attempt time of the outbox means nothing here.
            return getTranslation("output.print-waiting");
        }
        if (entry.nextAttemptAt() != null) {
            return getTranslation("output.next-attempt", Formats.dateTime(entry.nextAttemptAt(), locale));
        }
        return "";
    }

    private Span statusBadge(Entry entry) {
        Badges.Tone tone = switch (entry.status()) {
            case "sent" -> Badges.Tone.SUCCESS;
            case "failed_final", "failed_transient" -> Badges.Tone.ERROR;
            default -> Badges.Tone.NEUTRAL;
        };
        Span badge = Badges.badge(getTranslation("output.status." + entry.status()), tone);
        badge.addClassName("output-status-" + entry.status());
        return badge;
    }

    private Component actions(Entry entry) {
        HorizontalLayout actions = new HorizontalLayout(pdfLink(entry));
        actions.setSpacing(true);
        if (admin && "failed_final".equals(entry.status())) {
            Button retry = new Button(getTranslation("output.retry"), VaadinIcon.REFRESH.create(), click -> retry(entry));
            retry.setId("retry-" + entry.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(retry);
        }
        return actions;
    }

    /** Links the entry's PDF, which the browser shows in a new tab, streamed from the hub through the UI. */
    private Anchor pdfLink(Entry entry) {
        OutboxApi api = outbox;
        String owner = tenant;
        String fileName = entry.fileName() == null ? "ausgang-" + entry.id() + ".pdf" : entry.fileName();
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                HubClient.Download download = api.pdf(owner, entry.id());
                return new DownloadResponse(download.content(), fileName, download.contentType(), download.length());
            } catch (HubException e) {
                LOG.warn("PDF of outbox entry {} of tenant {} failed: {} {}", entry.id(), owner, e.status(), e.code());
                return DownloadResponse.error(e.status() >= 400 ? e.status() : 502, e.getMessage());
            }
        }).inline();
        Anchor link = new Anchor(handler, "PDF");
        link.setId("pdf-" + entry.id());
        link.setTarget("_blank");
        link.getElement().setAttribute("title", getTranslation("output.open-pdf", fileName, entry.pdfSize()));
        return link;
    }

    private void retry(Entry entry) {
        try {
            outbox.retry(tenant, entry.id());
            Notices.success(getTranslation("output.retried", entry.id()));
        } catch (HubException e) {
            Notices.error(e);
        }
        data.refreshAll();
    }

    private String selectedStatus() {
        String value = statusFilter.getValue();
        return value == null || ALL.equals(value) ? null : value;
    }

    private Stream<Entry> fetch(int offset, int limit) {
        String status = selectedStatus();
        try {
            return PageFetcher.fetch(offset, limit, PAGE_SIZE, (page, size) -> outbox.list(tenant, status, page, size));
        } catch (HubException e) {
            Notices.error(e);
            return Stream.empty();
        }
    }

    private int count() {
        try {
            return (int) Math.min(Integer.MAX_VALUE, outbox.list(tenant, selectedStatus(), 0, 1).total());
        } catch (HubException e) {
            Notices.error(e);
            return 0;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("output.title") + " – Debitum";
    }
}
