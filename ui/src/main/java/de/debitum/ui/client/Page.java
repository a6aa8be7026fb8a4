package de.debitum.ui.client;

import java.util.List;

/** One page of a list endpoint: {@code page} is 0-based, {@code total} counts all items. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
