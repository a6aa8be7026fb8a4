package de.debitum.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import de.debitum.ui.client.Model.AuditEvent;
import de.debitum.ui.client.Model.DocumentDetail;
import de.debitum.ui.client.Model.DocumentNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One document with its amounts, references, flags and reader warnings, and full audit history. */
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
        addNotes(document, texts, locale);

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

    /** Adds the flags, warnings and confirmation state, when the document has any. */
    private void addNotes(DocumentDetail document, Texts texts, Locale locale) {
        List<String> lines = noteLines(document, texts, locale);
        if (lines.isEmpty()) {
            return;
        }
        add(new H3(texts.get("document.notes")));
        UnorderedList list = new UnorderedList();
        list.setId("document-notes");
        for (String line : lines) {
            list.add(new ListItem(line));
        }
        add(list);
    }

    /**
     * Returns one line per flag and warning in the user's language (German unless English is
     * chosen), then the confirmation state of a document that needs one.
     */
    static List<String> noteLines(DocumentDetail document, Texts texts, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        List<String> lines = new ArrayList<>();
        for (DocumentNote flag : document.flags()) {
            lines.add(english ? flag.messageEn() : flag.messageDe());
        }
        for (DocumentNote warning : document.warnings()) {
            lines.add(texts.get("document.warning", english ? warning.messageEn() : warning.messageDe()));
        }
        if (document.needsConfirmation()) {
            lines.add(document.confirmation() == null ? texts.get("document.unconfirmed")
                    : texts.get("document.confirmed", document.confirmation().confirmedBy(),
                            Formats.dateTime(document.confirmation().confirmedAt(), locale)));
        }
        return lines;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
