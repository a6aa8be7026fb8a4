package de.debitum.ui.view;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.debitum.ui.client.HubApi;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.Model.Confirmation;
import de.debitum.ui.client.Model.Evidence;
import de.debitum.ui.client.Model.Explanation;
import de.debitum.ui.client.Model.MatchAllocation;
import de.debitum.ui.client.Model.MatchSuggestion;
import de.debitum.ui.client.Model.SuggestionPage;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;

/**
 * The matching review: payments that matching could not settle on its own, each with its ranked
 * suggestions, the rule, the evidence and the confidence, and buttons to confirm or reject. The
 * suggestions come a page at a time with buttons for the previous and the next page.
 */
@Route(value = "matching", layout = MainLayout.class)
@PermitAll
public class MatchingView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final HubContext hub;
    private final Paragraph summary = new Paragraph();
    private final Grid<MatchSuggestion> grid = new Grid<>();
    private final SuggestionPaging paging;
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span pageLabel = new Span();
    private final HorizontalLayout pager = new HorizontalLayout(previous, pageLabel, next);

    /**
     * @param pageSize suggestions per page, from {@code debitum.ui.matching-page-size}; values
     *                 outside 1 to {@link HubApi#MAX_SUGGESTION_PAGE} are moved into that range
     */
    public MatchingView(HubContext hub, @Value("${debitum.ui.matching-page-size:50}") int pageSize) {
        this.hub = hub;
        this.paging = new SuggestionPaging(Math.max(1, Math.min(HubApi.MAX_SUGGESTION_PAGE, pageSize)));
        setId("matching-view");
        setSizeFull();
        add(new H2(getTranslation("matching.title")));
        if (hub.tenant().isEmpty()) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }
        summary.setId("matching-summary");
        add(summary);

        Locale locale = getLocale();
        grid.setId("suggestions");
        grid.addColumn(s -> s.payment() == null ? "" : Formats.date(s.payment().bookingDate(), locale))
                .setHeader(getTranslation("matching.booked")).setAutoWidth(true).setFlexGrow(0);
        // Payer, remittance text, proposal and explanation wrap, because a person must read them whole to decide.
        grid.addColumn(s -> s.payment() == null ? "" : s.payment().counterpartyName())
                .setHeader(getTranslation("matching.payer")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(s -> s.payment() == null ? ""
                        : Formats.amount(s.payment().amount(), s.payment().currency(), locale))
                .setHeader(getTranslation("matching.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.payment() == null ? "" : s.payment().remittanceText())
                .setHeader(getTranslation("matching.remittance")).setWidth("10.5rem").setFlexGrow(1);
        grid.addComponentColumn(this::proposal).setHeader(getTranslation("matching.proposal")).setWidth("9.5rem")
                .setFlexGrow(0);
        grid.addColumn(s -> percent(s.score())).setHeader(getTranslation("matching.confidence"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::explanation).setHeader(getTranslation("matching.explanation")).setWidth("14rem")
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("matching.decision")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("matching.empty"));
        grid.setWidthFull();
        grid.setAllRowsVisible(true);
        add(grid);
        add(pager());
        refresh();
    }

    private HorizontalLayout pager() {
        previous.setText(getTranslation("matching.previous"));
        previous.setId("suggestions-previous");
        previous.addClickListener(event -> {
            paging.previous();
            refresh();
        });
        next.setText(getTranslation("matching.next"));
        next.setId("suggestions-next");
        next.addClickListener(event -> {
            paging.next();
            refresh();
        });
        pageLabel.setId("suggestions-page");
        pager.setId("suggestions-pager");
        pager.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        return pager;
    }

    private void refresh() {
        String tenant = hub.tenant().orElseThrow();
        // The hub returns the number of payments awaiting review with every page; the last one fetched counts.
        long[] awaiting = new long[1];
        List<MatchSuggestion> items;
        try {
            items = paging.load((page, size) -> {
                SuggestionPage fetched = hub.api().suggestions(tenant, page, size);
                awaiting[0] = fetched.paymentsAwaitingReview();
                return fetched.items();
            });
        } catch (HubException e) {
            summary.setText(Notices.describe(UI.getCurrent(), e));
            grid.setItems();
            pager.setVisible(false);
            return;
        }
        summary.setText(awaiting[0] == 0 ? getTranslation("matching.none")
                : getTranslation("matching.count", awaiting[0]));
        grid.setItems(items);
        previous.setEnabled(paging.hasPrevious());
        next.setEnabled(paging.hasNext());
        pageLabel.setText(getTranslation("matching.page", paging.page() + 1));
        pager.setVisible(paging.hasPrevious() || paging.hasNext());
    }

    /**
     * Lists each proposed document on its own line. Number and amount each stay whole, because a
     * document number split at its hyphens (RE-2026-/00018) reads like two numbers.
     */
    private Div proposal(MatchSuggestion suggestion) {
        Div lines = new Div();
        for (MatchAllocation allocation : suggestion.allocations()) {
            Span number = new Span(documentLabel(allocation));
            Span amount = new Span(amountLabel(allocation));
            number.getStyle().set("white-space", "nowrap");
            amount.getStyle().set("white-space", "nowrap");
            lines.add(new Div(number, new Text(" "), amount));
        }
        return lines;
    }

    private String allocationText(MatchAllocation allocation) {
        return documentLabel(allocation) + " " + amountLabel(allocation);
    }

    private static String documentLabel(MatchAllocation allocation) {
        return allocation.documentNumber() == null ? "#" + allocation.documentId() : allocation.documentNumber();
    }

    private String amountLabel(MatchAllocation allocation) {
        return "(" + Formats.amount(allocation.amount(), allocation.currency(), getLocale()) + ")";
    }

    /**
     * Returns a rule id such as {@code iban+exact+oldest-due} in the user's words, part by part.
     * A part without a translation is shown as it is.
     */
    String ruleLabel(String rule) {
        if (rule == null || rule.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : rule.split("\\+")) {
            String key = "matching.rule-part." + part;
            String label = getTranslation(key);
            parts.add(label.startsWith("!") || label.equals(key) ? part : label);
        }
        return String.join(" + ", parts);
    }

    /** Shows the rule's conclusion and each piece of evidence in the user's language. */
    private Div explanation(MatchSuggestion suggestion) {
        Div box = new Div();
        box.setId("explanation-" + suggestion.id());
        box.getStyle().set("white-space", "normal").set("font-size", "var(--lumo-font-size-s)");
        Explanation explanation = suggestion.explanation();
        if (explanation == null) {
            box.setText(getTranslation("matching.rule", ruleLabel(suggestion.rule())));
            return box;
        }
        boolean german = "de".equals(getLocale().getLanguage());
        Span rule = new Span(getTranslation("matching.rule", ruleLabel(explanation.rule())));
        rule.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
        box.add(rule);
        Span conclusion = new Span(german ? firstSentence(explanation.german()) : firstSentence(explanation.english()));
        conclusion.getStyle().set("display", "block");
        box.add(conclusion);
        for (Evidence evidence : explanation.evidence()) {
            Span line = new Span("• " + (german ? evidence.german() : evidence.english()));
            line.getStyle().set("display", "block");
            box.add(line);
        }
        return box;
    }

    /** Returns the conclusion with its confidence, the part before the evidence sentences. */
    private static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf("). ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private VerticalLayout actions(MatchSuggestion suggestion) {
        Button confirm = new Button(getTranslation("matching.confirm"), event -> confirm(suggestion));
        confirm.setId("confirm-" + suggestion.id());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button reject = new Button(getTranslation("matching.reject"), event -> reject(suggestion));
        reject.setId("reject-" + suggestion.id());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // Stacked, so the column stays narrow and leaves the width to the texts.
        VerticalLayout actions = new VerticalLayout(confirm, reject);
        actions.setPadding(false);
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        return actions;
    }

    private void confirm(MatchSuggestion suggestion) {
        try {
            Confirmation confirmation = hub.api().confirmSuggestion(hub.tenant().orElseThrow(), suggestion.id());
            Notices.success(getTranslation("matching.confirmed", confirmation.allocations().stream()
                    .map(this::allocationText).collect(Collectors.joining(", "))));
        } catch (HubException e) {
            Notices.error(e);
        }
        refresh();
    }

    private void reject(MatchSuggestion suggestion) {
        try {
            hub.api().rejectSuggestion(hub.tenant().orElseThrow(), suggestion.id());
            Notices.success(getTranslation("matching.rejected"));
        } catch (HubException e) {
            Notices.error(e);
        }
        refresh();
    }

    private static String percent(BigDecimal score) {
        if (score == null) {
            return "";
        }
        return score.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.title") + " – Debitum";
    }
}
