package de.debitum.connector.bankstatement.internal.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links each reversal to the payment it reverses when the same file holds that payment: same
 * account and currency, opposite direction, same absolute amount and the same end-to-end id.
 * Reversals of payments from earlier files keep {@code reversedExternalId = null}; matching links
 * those by end-to-end id and mandate reference.
 */
final class ReversalLinker {

    private ReversalLinker() {
    }

    static List<Statement> link(List<Statement> statements) {
        List<Payment> originals = new ArrayList<>();
        for (Statement statement : statements) {
            for (Payment payment : statement.payments()) {
                if (!payment.reversal()) {
                    originals.add(payment);
                }
            }
        }
        Set<String> used = new HashSet<>();

        List<Statement> linked = new ArrayList<>();
        for (Statement statement : statements) {
            List<Entry> entries = new ArrayList<>();
            for (Entry entry : statement.entries()) {
                List<Payment> payments = new ArrayList<>();
                for (Payment payment : entry.payments()) {
                    payments.add(payment.reversal() ? linkOne(payment, originals, used) : payment);
                }
                entries.add(entry.withPayments(payments));
            }
            linked.add(statement.withEntries(entries));
        }
        return linked;
    }

    private static Payment linkOne(Payment reversal, List<Payment> originals, Set<String> used) {
        String endToEnd = reversal.endToEndId();
        if (endToEnd == null || "NOTPROVIDED".equalsIgnoreCase(endToEnd)) {
            return reversal;
        }
        for (Payment original : originals) {
            boolean matches = endToEnd.equals(original.endToEndId())
                    && original.direction() != reversal.direction()
                    && original.amount().currency().equals(reversal.amount().currency())
                    && original.amount().abs().equals(reversal.amount().abs())
                    && !used.contains(original.externalId());
            if (matches) {
                used.add(original.externalId());
                return reversal.withReversedExternalId(original.externalId());
            }
        }
        return reversal;
    }
}
