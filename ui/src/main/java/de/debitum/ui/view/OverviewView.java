package de.debitum.ui.view;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import de.debitum.ui.chart.BarChart;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.CurrencyAmounts;
import de.debitum.ui.client.Model.FailedConnector;
import de.debitum.ui.client.Model.OverdueBuckets;
import de.debitum.ui.client.Model.Overview;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The tenant's receivables at a glance: open and overdue amounts per currency, overdue buckets as
 * a chart, days sales outstanding, unallocated payments, payments awaiting matching review (a
 * link to that view) and failed connector instances.
 */
@Route(value = "overview", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PermitAll
public class OverviewView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** Bucket colours from light to dark: the older a claim, the darker its bar. */
    private static final List<String> BUCKET_COLORS = List.of("#f2b134", "#e8833a", "#d4513b", "#9e2a2b");

    public OverviewView(HubContext hub) {
        setId("overview-view");
        add(new H2(getTranslation("overview.title")));
        String tenant = hub.tenant().orElse(null);
        if (tenant == null) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }
        Overview overview;
        try {
            overview = hub.api().overview(tenant);
        } catch (HubException e) {
            add(new Paragraph(Notices.describe(UI.getCurrent(), e)));
            return;
        }
        Locale locale = getLocale();
        add(new Paragraph(getTranslation("overview.as-of", Formats.date(overview.asOf(), locale))));

        FlexLayout figures = new FlexLayout();
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        figures.add(figure("figure-open-documents", getTranslation("overview.open-documents"),
                Long.toString(overview.openDocuments())));
        figures.add(figure("figure-overdue-documents", getTranslation("overview.overdue-documents"),
                Long.toString(overview.overdueDocuments())));
        figures.add(figure("figure-unallocated-payments", getTranslation("overview.unallocated-payments"),
                Long.toString(overview.unallocatedPayments())));
        figures.add(figure("figure-failed-connectors", getTranslation("overview.failed-connectors"),
                Integer.toString(overview.failedConnectors().size())));
        figures.add(reviewFigure(hub, tenant));
        add(figures);

        if (overview.amounts().isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-amounts")));
        }
        for (CurrencyAmounts amounts : overview.amounts()) {
            add(currencySection(amounts, locale));
        }

        if (!overview.failedConnectors().isEmpty()) {
            add(new H3(getTranslation("overview.failed-connectors")));
            Grid<FailedConnector> failed = new Grid<>();
            failed.setId("failed-connectors");
            failed.addColumn(FailedConnector::instanceId).setHeader(getTranslation("connector.instance"));
            failed.addColumn(c -> getTranslation("state." + c.state())).setHeader(getTranslation("connector.state"));
            failed.addColumn(c -> c.problem(getLocale())).setHeader(getTranslation("connector.last-error"))
                    .setFlexGrow(3);
            failed.setItems(overview.failedConnectors());
            failed.setAllRowsVisible(true);
            add(failed);
        }
    }

    private Div currencySection(CurrencyAmounts amounts, Locale locale) {
        Div section = new Div();
        section.setId("amounts-" + amounts.currency());
        section.add(new H3(amounts.currency()));

        FlexLayout figures = new FlexLayout();
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        figures.add(figure("figure-open", getTranslation("overview.open"),
                Formats.amount(amounts.open(), amounts.currency(), locale)));
        figures.add(figure("figure-overdue", getTranslation("overview.overdue"),
                Formats.amount(amounts.overdue(), amounts.currency(), locale)));
        String dso = amounts.dso() == null ? getTranslation("overview.dso-none") : dsoText(amounts.dso(), locale);
        figures.add(figure("figure-dso", getTranslation("overview.dso"), dso));
        section.add(figures);

        OverdueBuckets buckets = amounts.overdueBuckets();
        if (buckets != null) {
            section.add(new H3(getTranslation("overview.buckets", amounts.currency())));
            List<BarChart.Bar> bars = List.of(
                    new BarChart.Bar(getTranslation("overview.bucket.0-30"), buckets.days0to30(), BUCKET_COLORS.get(0)),
                    new BarChart.Bar(getTranslation("overview.bucket.31-60"), buckets.days31to60(),
                            BUCKET_COLORS.get(1)),
                    new BarChart.Bar(getTranslation("overview.bucket.61-90"), buckets.days61to90(),
                            BUCKET_COLORS.get(2)),
                    new BarChart.Bar(getTranslation("overview.bucket.over-90"), buckets.over90(), BUCKET_COLORS.get(3)));
            Html chart = new Html("<div class=\"overdue-chart\">"
                    + BarChart.svg(getTranslation("overview.buckets", amounts.currency()), bars, amounts.currency(),
                            locale)
                    + "</div>");
            section.add(chart);
        }
        return section;
    }

    private String dsoText(double dso, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return getTranslation("overview.dso-days", format.format(dso));
    }

    /** Returns the number of payments awaiting matching review as a link to that view. */
    private RouterLink reviewFigure(HubContext hub, String tenant) {
        String count;
        try {
            count = Long.toString(hub.api().suggestions(tenant, 0, 1).paymentsAwaitingReview());
        } catch (HubException e) {
            count = "–";
        }
        RouterLink link = new RouterLink(MatchingView.class);
        link.setId("figure-matching-review");
        link.getStyle().set("text-decoration", "none").set("color", "inherit");
        link.add(figure("figure-matching-review-count", getTranslation("overview.matching-review"), count));
        return link;
    }

    private static Div figure(String id, String label, String value) {
        Div card = new Div();
        card.setId(id);
        card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "12em");
        Span caption = new Span(label);
        caption.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
        Span number = new Span(value);
        number.addClassName("figure-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        card.add(caption, number);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " – Debitum";
    }
}
