package de.debitum.connector.bankstatement.internal.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links each reversal to the payment it reverses when that payment is in the same file. A match
 * has the same account and currency, the opposite direction, the same absolute amount and the
 * same end-to-end id. A reversal of a payment from an earlier file keeps
 * {@code reversedExternalId = null}, and its end-to-end id and mandate reference are left for
 * matching to link it.
 */
final class ReversalLinker {

    private ReversalLinker() {
    }

    static List<Statement> link(List<Statement> statements) {
        List<Candidate> originals = new ArrayList<>();
        for (Statement statement : statements) {
            for (Payment payment : statement.payments()) {
                if (!payment.reversal()) {
                    originals.add(new Candidate(statement.account().key(), payment));
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
                    payments.add(payment.reversal()
                            ? linkOne(statement.account().key(), payment, originals, used) : payment);
                }
                entries.add(entry.withPayments(payments));
            }
            linked.add(statement.withEntries(entries));
        }
        return linked;
    }

    /** A payment that a reversal may reverse, with the account it was booked on. */
    private record Candidate(String accountKey, Payment payment) {
    }

    private static Payment linkOne(String accountKey, Payment reversal, List<Candidate> originals, Set<String> used) {
        String endToEnd = reversal.endToEndId();
        if (endToEnd == null || "NOTPROVIDED".equalsIgnoreCase(endToEnd)) {
            return reversal;
        }
        for (Candidate candidate : originals) {
            Payment original = candidate.payment();
            boolean matches = candidate.accountKey().equals(accountKey)
                    && endToEnd.equals(original.endToEndId())
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
