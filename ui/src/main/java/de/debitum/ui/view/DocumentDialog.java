package de.debitum.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import de.debitum.ui.client.Model.AuditEvent;
import de.debitum.ui.client.Model.DocumentDetail;
import java.util.Locale;

/** One document with its amounts, references and full audit history. */
final class DocumentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    DocumentDialog(DocumentDetail document, Texts texts, Locale locale) {
        setId("document-dialog");
        setHeaderTitle(texts.get("document.title", document.number()));
        setWidth("64em");

        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        String currency = document.currency();
        facts.addFormItem(new Span(document.debtorName()), texts.get("document.debtor"));
        facts.addFormItem(new Span(texts.get("document.kind." + document.kind())), texts.get("document.kind"));
        facts.addFormItem(new Span(texts.get("document.status." + document.status())), texts.get("document.status"));
        facts.addFormItem(new Span(Formats.date(document.issueDate(), locale)), texts.get("document.issue-date"));
        facts.addFormItem(new Span(Formats.date(document.dueDate(), locale)), texts.get("document.due-date"));
        facts.addFormItem(new Span(nullToEmpty(document.source())), texts.get("document.source"));
        facts.addFormItem(new Span(Formats.amount(document.netTotal(), currency, locale)), texts.get("document.net"));
        facts.addFormItem(new Span(Formats.amount(document.taxTotal(), currency, locale)), texts.get("document.tax"));
        facts.addFormItem(new Span(Formats.amount(document.grossTotal(), currency, locale)),
                texts.get("document.gross"));
        facts.addFormItem(new Span(Formats.amount(document.amountDue(), currency, locale)),
                texts.get("document.amount-due"));
        facts.addFormItem(new Span(Formats.amount(document.openAmount(), currency, locale)),
                texts.get("document.open"));
        facts.addFormItem(new Span(nullToEmpty(document.orderReference())), texts.get("document.order-reference"));
        facts.addFormItem(new Span(nullToEmpty(document.buyerReference())), texts.get("document.buyer-reference"));
        facts.addFormItem(new Span(nullToEmpty(document.originalFileName())), texts.get("document.file"));
        add(facts);

        add(new H3(texts.get("document.audit")));
        Grid<AuditEvent> audit = new Grid<>();
        audit.setId("document-audit");
        audit.addColumn(e -> Formats.dateTime(e.occurredAt(), locale)).setHeader(texts.get("audit.time")).setAutoWidth(true);
        audit.addColumn(AuditEvent::type).setHeader(texts.get("audit.type")).setAutoWidth(true);
        audit.addColumn(AuditEvent::actor).setHeader(texts.get("audit.actor")).setAutoWidth(true);
        audit.addColumn(AuditEvent::details).setHeader(texts.get("audit.details")).setFlexGrow(3);
        audit.setItems(document.audit());
        audit.setAllRowsVisible(true);
        add(audit);

        Button close = new Button(texts.get("action.close"), click -> close());
        close.setId("document-close");
        getFooter().add(close);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
