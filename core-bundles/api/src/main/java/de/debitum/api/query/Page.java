package de.debitum.api.query;

import java.util.List;

/**
 * One page of a list.
 *
 * @param page  0-based page number
 * @param size  the requested page size
 * @param total number of matching rows on every page together
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Largest page size a query accepts. */
    public static final int MAX_SIZE = 500;

    public Page {
        items = List.copyOf(items);
    }

    /** Returns the offset of the first row of {@code page}, checking both arguments. */
    public static long offset(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("Invalid page " + page + ": use 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("Invalid page size " + size + ": use 1 to " + MAX_SIZE + ".");
        }
        return (long) page * size;
    }
}
