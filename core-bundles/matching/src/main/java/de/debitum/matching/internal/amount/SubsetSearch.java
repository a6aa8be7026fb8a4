package de.debitum.matching.internal.amount;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the subsets of open amounts (in cents) that add up to a payment, for a payment that
 * settles several invoices of one debtor without naming them. Credit notes take part with
 * negative amounts. The search is bounded, so a debtor with many open items costs no more
 * than {@link #MAX_STEPS} steps; a search cut short reports itself as such.
 */
public final class SubsetSearch {

    /** Open items of one debtor looked at, most recent dropped first by the caller. */
    public static final int MAX_ITEMS = 24;
    /** Invoices a payment settles at most, a generous bound of what payers bundle. */
    public static final int MAX_SIZE = 8;
    static final int MAX_STEPS = 200_000;

    /**
     * The subsets found, each as indexes into the amounts.
     *
     * @param complete false when the step bound cut the search short, so more subsets may exist
     */
    public record Result(List<int[]> subsets, boolean complete) {
    }

    private final long[] cents;
    private final long target;
    private final int limit;
    private final List<int[]> found = new ArrayList<>();
    private final long[] positiveAfter;
    private final long[] negativeAfter;
    private int steps;

    private SubsetSearch(long[] cents, long target, int limit) {
        this.cents = cents;
        this.target = target;
        this.limit = limit;
        this.positiveAfter = new long[cents.length + 1];
        this.negativeAfter = new long[cents.length + 1];
        for (int i = cents.length - 1; i >= 0; i--) {
            positiveAfter[i] = positiveAfter[i + 1] + Math.max(0, cents[i]);
            negativeAfter[i] = negativeAfter[i + 1] + Math.min(0, cents[i]);
        }
    }

    /**
     * Finds up to {@code limit} subsets of two or more items whose amounts add up to
     * {@code target}. A limit of 2 shows whether the subset is unique.
     */
    public static Result find(long[] cents, long target, int limit) {
        if (cents.length > MAX_ITEMS) {
            throw new IllegalArgumentException("Subset search over " + cents.length + " items is not allowed. "
                    + "Pass at most " + MAX_ITEMS + " items, the oldest first.");
        }
        SubsetSearch search = new SubsetSearch(cents, target, limit);
        search.visit(0, 0, new int[MAX_SIZE], 0);
        return new Result(List.copyOf(search.found), search.steps <= MAX_STEPS);
    }

    private void visit(int index, long sum, int[] chosen, int size) {
        if (found.size() >= limit || ++steps > MAX_STEPS) {
            return;
        }
        if (index == cents.length || size == MAX_SIZE) {
            return;
        }
        // Prune: the remaining items cannot reach the target any more.
        if (sum + positiveAfter[index] < target || sum + negativeAfter[index] > target) {
            return;
        }
        // A subset is recorded when its last item is taken. Checking the sum on entry instead would
        // record it again on every branch that skips the items after it, so one subset would look
        // like two and never count as unique.
        chosen[size] = index;
        long sumWithItem = sum + cents[index];
        if (sumWithItem == target && size + 1 >= 2) {
            found.add(java.util.Arrays.copyOf(chosen, size + 1));
        }
        visit(index + 1, sumWithItem, chosen, size + 1);
        visit(index + 1, sum, chosen, size);
    }
}
