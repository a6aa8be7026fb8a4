package de.debitum.ui.view;

import java.io.Serializable;
import java.util.List;

/**
 * The matching view's position in the hub's list of open suggestions. The list has pages but no
 * total, so a full page means that a next page may exist. A page that comes back empty beyond the
 * first, because suggestions were decided meanwhile, sends the view back to the last page with
 * items.
 */
final class SuggestionPaging implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fetches one page of suggestions; {@code page} is 0-based. */
    @FunctionalInterface
    interface PageSource<T> {
        List<T> fetch(int page, int size);
    }

    private final int pageSize;
    private int page;
    private boolean hasNext;

    SuggestionPaging(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more, was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Fetches the current page, stepping back over empty pages, and returns its items. */
    <T> List<T> load(PageSource<T> source) {
        List<T> items = source.fetch(page, pageSize);
        boolean steppedBack = false;
        while (items.isEmpty() && page > 0) {
            page--;
            steppedBack = true;
            items = source.fetch(page, pageSize);
        }
        // A step back means the pages after this one are empty, even when this one is full.
        hasNext = !steppedBack && items.size() == pageSize;
        return items;
    }

    /** Returns the 0-based page that {@link #load} fetches. */
    int page() {
        return page;
    }

    boolean hasPrevious() {
        return page > 0;
    }

    /** Returns whether the last loaded page was full, so that the next page may have items. */
    boolean hasNext() {
        return hasNext;
    }

    void next() {
        if (hasNext) {
            page++;
        }
    }

    void previous() {
        if (page > 0) {
            page--;
        }
    }
}
