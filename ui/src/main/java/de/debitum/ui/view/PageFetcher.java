package de.debitum.ui.view;

import de.debitum.ui.client.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Maps a grid's lazy-loading request (offset and limit) onto the hub's page-based list
 * endpoints: it fetches the pages that cover the range and cuts out the requested items.
 */
final class PageFetcher {

    /** Fetches one page of the hub's list; {@code page} is 0-based. */
    @FunctionalInterface
    interface PageSource<T> {
        Page<T> fetch(int page, int size);
    }

    private PageFetcher() {
    }

    static <T> Stream<T> fetch(int offset, int limit, int pageSize, PageSource<T> source) {
        if (offset < 0 || limit < 0 || pageSize < 1) {
            throw new IllegalArgumentException(
                    "offset and limit must be 0 or more and pageSize 1 or more, were " + offset + ", " + limit
                            + ", " + pageSize);
        }
        if (limit == 0) {
            return Stream.empty();
        }
        int firstPage = offset / pageSize;
        int lastPage = (offset + limit - 1) / pageSize;
        List<T> items = new ArrayList<>();
        for (int page = firstPage; page <= lastPage; page++) {
            List<T> pageItems = source.fetch(page, pageSize).items();
            items.addAll(pageItems);
            if (pageItems.size() < pageSize) {
                break;
            }
        }
        int start = offset - firstPage * pageSize;
        if (start >= items.size()) {
            return Stream.empty();
        }
        return items.subList(start, Math.min(items.size(), start + limit)).stream();
    }
}
