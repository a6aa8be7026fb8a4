package de.debitum.dunning.internal.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.debitum.api.dunning.DunningBlockEntry;
import de.debitum.api.dunning.DunningStore;
import de.debitum.api.dunning.NoticeHistoryEntry;
import de.debitum.api.model.Debtor;
import de.debitum.api.model.OpenItem;
import de.debitum.api.model.TenantId;

/**
 * What a run needs about one page of open items, loaded with one query per kind and at most
 * {@link DunningStore#MAX_IDS} ids per query.
 *
 * @param items              the page's items by document id
 * @param debtors            the page's debtors by id
 * @param blocks             blocks not lifted, by debtor id
 * @param history            earlier notices, by document id
 * @param escalated          documents already in collections
 * @param unconfirmed        documents from an unsafe source that no person confirmed
 * @param unallocatedDebtors debtors with unallocated payments or credit notes
 * @param suggested          documents that an open matching suggestion would settle
 */
record PageData(Map<Long, OpenItem> items, Map<Long, Debtor> debtors, Map<Long, List<DunningBlockEntry>> blocks,
                Map<Long, List<NoticeHistoryEntry>> history, Set<Long> escalated, Set<Long> unconfirmed,
                Set<Long> unallocatedDebtors, Set<Long> suggested) {

    static PageData load(RunContext context, TenantId tenant, List<OpenItem> page) {
        Map<Long, OpenItem> items = DunningRunner.index(page, OpenItem::documentId);
        List<Long> documentIds = new ArrayList<>(items.keySet());
        List<Long> debtorIds = page.stream().map(OpenItem::debtorId).distinct().toList();
        DunningStore store = context.store();

        Map<Long, Debtor> debtors = new HashMap<>();
        Map<Long, List<DunningBlockEntry>> blocks = new HashMap<>();
        Set<Long> unallocated = new HashSet<>();
        for (List<Long> chunk : DunningRunner.chunks(debtorIds, DunningStore.MAX_IDS)) {
            context.debtors().findAll(tenant, chunk).forEach(debtor -> debtors.put(debtor.id(), debtor));
            for (DunningBlockEntry block : store.blocksOfDebtors(tenant, chunk)) {
                blocks.computeIfAbsent(block.debtorId(), unused -> new ArrayList<>()).add(block);
            }
            unallocated.addAll(store.debtorsWithUnallocatedPayments(tenant, chunk));
        }

        Map<Long, List<NoticeHistoryEntry>> history = new HashMap<>();
        Set<Long> escalated = new HashSet<>();
        Set<Long> unconfirmed = new HashSet<>();
        Set<Long> suggested = new HashSet<>();
        for (List<Long> chunk : DunningRunner.chunks(documentIds, DunningStore.MAX_IDS)) {
            history.putAll(store.history(tenant, chunk));
            escalated.addAll(store.escalatedDocuments(tenant, chunk));
            unconfirmed.addAll(store.unconfirmedUnsafeDocuments(tenant, chunk));
            suggested.addAll(store.documentsWithOpenSuggestions(tenant, chunk));
        }
        return new PageData(items, debtors, blocks, history, escalated, unconfirmed, unallocated, suggested);
    }
}
