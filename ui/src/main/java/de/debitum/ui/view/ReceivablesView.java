package de.debitum.ui.view;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubApi.DocumentFilter;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.Document;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The tenant's documents (invoices and credit notes) with status filter and search. The grid
 * loads lazily, one API page per grid page, so a million documents cost no more than a few.
 */
@Route(value = "receivables", layout = MainLayout.class)
@PermitAll
public class ReceivablesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 50;
    /** Bound on the search text sent to the hub. */
    static final int MAX_SEARCH_LENGTH = 100;
    private static final List<String> STATUSES = List.of("", "open", "overdue", "paid");

    private final HubContext hub;
    private final Select<String> status = new Select<>();
    private final TextField search = new TextField();
    private final Grid<Document> grid = new Grid<>();
    private String tenant;

    public ReceivablesView(HubContext hub) {
        this.hub = hub;
        setId("receivables-view");
        setSizeFull();
        add(new H2(getTranslation("receivables.title")));
        tenant = hub.tenant().orElse(null);
        if (tenant == null) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }

        status.setId("document-status");
        status.setLabel(getTranslation("document.status"));
        status.setItems(STATUSES);
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("document.status.all")
                : getTranslation("document.status." + s));
        status.setValue("");
        search.setId("document-search");
        search.setLabel(getTranslation("receivables.search"));
        search.setPlaceholder(getTranslation("receivables.search-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setMaxLength(MAX_SEARCH_LENGTH);
        search.setWidth("20em");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        HorizontalLayout filters = new HorizontalLayout(status, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters);

        configureGrid();
        add(grid);

        CallbackDataProvider<Document, Void> documents = new CallbackDataProvider<>(this::fetch, this::count);
        grid.setItems(documents);
        status.addValueChangeListener(event -> documents.refreshAll());
        search.addValueChangeListener(event -> documents.refreshAll());
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.setId("documents");
        grid.setPageSize(PAGE_SIZE);
        grid.setSizeFull();
        // Fixed widths for long sortable headers: the auto width leaves out the sort icon and cuts them.
        // Column widths are in rem, because header cells have a smaller font, so em widths misalign header and body.
        grid.addColumn(Document::number).setHeader(getTranslation("document.number")).setSortProperty("number")
                .setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(d -> getTranslation("document.kind." + d.kind())).setHeader(getTranslation("document.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        // The debtor takes the remaining width and wraps, so a long company name stays readable.
        grid.addColumn(Document::debtorName).setHeader(getTranslation("document.debtor")).setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(d -> Formats.date(d.issueDate(), locale)).setHeader(getTranslation("document.issue-date"))
                .setSortProperty("issueDate").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(d -> Formats.date(d.dueDate(), locale)).setHeader(getTranslation("document.due-date"))
                .setSortProperty("dueDate").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> Formats.amount(d.grossTotal(), d.currency(), locale))
                .setHeader(getTranslation("document.gross")).setSortProperty("amount").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> Formats.amount(d.openAmount(), d.currency(), locale))
                .setHeader(getTranslation("document.open")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> getTranslation("document.status." + d.status()))
                .setHeader(getTranslation("document.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("receivables.empty"));
        grid.addItemClickListener(event -> openDocument(event.getItem()));
    }

    private Stream<Document> fetch(Query<Document, Void> query) {
        DocumentFilter filter = filter(query);
        HubApi api = hub.api();
        try {
            return PageFetcher.fetch(query.getOffset(), query.getLimit(), PAGE_SIZE,
                    (page, size) -> api.documents(tenant, filter, page, size));
        } catch (HubException e) {
            Notices.error(e);
            return Stream.empty();
        }
    }

    private int count(Query<Document, Void> query) {
        try {
            long total = hub.api().documents(tenant, filter(query), 0, 1).total();
            return (int) Math.min(Integer.MAX_VALUE, total);
        } catch (HubException e) {
            Notices.error(e);
            return 0;
        }
    }

    private DocumentFilter filter(Query<Document, Void> query) {
        String sort = null;
        List<QuerySortOrder> orders = query.getSortOrders();
        if (!orders.isEmpty()) {
            QuerySortOrder order = orders.get(0);
            sort = (order.getDirection() == SortDirection.DESCENDING ? "-" : "") + order.getSorted();
        }
        return new DocumentFilter(status.getValue(), null, search.getValue(), sort);
    }

    private void openDocument(Document document) {
        try {
            new DocumentDialog(hub.api().document(tenant, document.id()), this::getTranslation, getLocale()).open();
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("receivables.title") + " – Debitum";
    }
}
