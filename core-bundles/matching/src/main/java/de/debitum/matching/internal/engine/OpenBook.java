package de.debitum.matching.internal.engine;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.debitum.api.model.Allocation;
import de.debitum.api.model.AllocationKind;
import de.debitum.api.money.Money;

/**
 * The open items as the run changes them. An automatic allocation lowers an item's open
 * amount at once, so a second payment for the same invoice is matched against the rest only.
 */
final class OpenBook {

    private final Map<Long, OpenInvoice> items = new HashMap<>();
    private final Map<Long, List<Long>> byDebtor = new HashMap<>();
    private final Map<Money, List<Long>> byOpenAmount = new HashMap<>();

    OpenBook(List<OpenInvoice> openItems) {
        for (OpenInvoice item : openItems) {
            items.put(item.documentId(), item);
            byDebtor.computeIfAbsent(item.debtorId(), k -> new ArrayList<>()).add(item.documentId());
            if (!item.isCreditNote()) {
                byOpenAmount.computeIfAbsent(item.open(), k -> new ArrayList<>(1)).add(item.documentId());
            }
        }
    }

    /** Returns the item if it is still open (not zero), else null. */
    OpenInvoice open(long documentId) {
        OpenInvoice item = items.get(documentId);
        return item == null || item.open().isZero() ? null : item;
    }

    OpenInvoice any(long documentId) {
        return items.get(documentId);
    }

    /** Returns the debtor's invoices in the currency with an open amount above zero, in the order they were given. */
    List<OpenInvoice> invoicesOf(long debtorId, Currency currency) {
        List<OpenInvoice> result = new ArrayList<>();
        for (long id : byDebtor.getOrDefault(debtorId, List.of())) {
            OpenInvoice item = items.get(id);
            if (!item.isCreditNote() && item.open().signum() > 0 && item.open().currency().equals(currency)) {
                result.add(item);
            }
        }
        return result;
    }

    /** Returns the debtor's credit notes in the currency with credit left. */
    List<OpenInvoice> creditNotesOf(long debtorId, Currency currency) {
        List<OpenInvoice> result = new ArrayList<>();
        for (long id : byDebtor.getOrDefault(debtorId, List.of())) {
            OpenInvoice item = items.get(id);
            if (item.isCreditNote() && item.open().signum() < 0 && item.open().currency().equals(currency)) {
                result.add(item);
            }
        }
        return result;
    }

    /** Returns invoices of any debtor whose open amount equals {@code amount}. */
    List<OpenInvoice> invoicesWithOpen(Money amount) {
        List<OpenInvoice> result = new ArrayList<>();
        for (long id : byOpenAmount.getOrDefault(amount, List.of())) {
            OpenInvoice item = items.get(id);
            if (item.open().equals(amount)) {
                result.add(item);
            }
        }
        return result;
    }

    /** Applies an allocation: lowers the open amount of its document, and raises its credit note's. */
    void apply(Allocation allocation) {
        OpenInvoice item = items.get(allocation.documentId());
        if (item != null) {
            replace(item, item.open().minus(allocation.amount()));
        }
        if (allocation.kind() == AllocationKind.CREDIT_NOTE && allocation.creditNoteId() != null) {
            OpenInvoice creditNote = items.get(allocation.creditNoteId());
            if (creditNote != null) {
                replace(creditNote, creditNote.open().plus(allocation.amount()));
            }
        }
    }

    private void replace(OpenInvoice item, Money open) {
        OpenInvoice changed = new OpenInvoice(item.documentId(), item.debtorId(), item.number(), item.kind(),
                item.issueDate(), item.dueDate(), item.amountDue(), open, item.terms());
        items.put(item.documentId(), changed);
        if (!item.isCreditNote() && open.signum() > 0) {
            byOpenAmount.computeIfAbsent(open, k -> new ArrayList<>(1)).add(item.documentId());
        }
    }
}
