package de.debitum.datacenter.internal.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Arithmetic on date ranges whose both ends are included. */
final class Periods {

    /** A date range, both days included. */
    record Range(LocalDate from, LocalDate to) {
    }

    private Periods() {
    }

    /** Merges overlapping and adjacent ranges; the result is sorted and disjoint. */
    static List<Range> merge(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(Range::from));
        List<Range> merged = new ArrayList<>();
        for (Range range : sorted) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !range.from().isAfter(last.to().plusDays(1))) {
                LocalDate end = range.to().isAfter(last.to()) ? range.to() : last.to();
                merged.set(merged.size() - 1, new Range(last.from(), end));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** Returns the parts of {@code ranges} that none of {@code covered} contains; both lists merged. */
    static List<Range> subtract(List<Range> ranges, List<Range> covered) {
        List<Range> remaining = new ArrayList<>();
        for (Range range : ranges) {
            LocalDate start = range.from();
            for (Range cover : covered) {
                if (cover.to().isBefore(start) || cover.from().isAfter(range.to())) {
                    continue;
                }
                if (cover.from().isAfter(start)) {
                    remaining.add(new Range(start, cover.from().minusDays(1)));
                }
                start = cover.to().plusDays(1);
                if (start.isAfter(range.to())) {
                    break;
                }
            }
            if (!start.isAfter(range.to())) {
                remaining.add(new Range(start, range.to()));
            }
        }
        return remaining;
    }
}
