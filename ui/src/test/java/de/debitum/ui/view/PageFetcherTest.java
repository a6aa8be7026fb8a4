package de.debitum.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.debitum.ui.client.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

    private final List<Integer> requestedPages = new ArrayList<>();

    /** A list of {@code total} numbers 0..total-1 served in pages. */
    private PageFetcher.PageSource<Integer> source(int total) {
        return (page, size) -> {
            requestedPages.add(page);
            List<Integer> items = IntStream.range(page * size, Math.min(total, (page + 1) * size)).boxed().toList();
            return new Page<>(items, page, size, total);
        };
    }

    @Test
    void alignedRangeFetchesOnePage() {
        assertThat(PageFetcher.fetch(50, 50, 50, source(1000)).toList())
                .containsExactlyElementsOf(IntStream.range(50, 100).boxed().toList());
        assertThat(requestedPages).containsExactly(1);
    }

    @Test
    void unalignedRangeSpansPages() {
        assertThat(PageFetcher.fetch(45, 10, 50, source(1000)).toList())
                .containsExactlyElementsOf(IntStream.range(45, 55).boxed().toList());
        assertThat(requestedPages).containsExactly(0, 1);
    }

    @Test
    void rangePastEndStopsAtShortPage() {
        assertThat(PageFetcher.fetch(90, 100, 50, source(120)).toList())
                .containsExactlyElementsOf(IntStream.range(90, 120).boxed().toList());
        assertThat(requestedPages).containsExactly(1, 2);
    }

    @Test
    void offsetBeyondTotalIsEmpty() {
        assertThat(PageFetcher.fetch(500, 50, 50, source(120)).toList()).isEmpty();
        assertThat(PageFetcher.fetch(0, 0, 50, source(120)).toList()).isEmpty();
    }

    @Test
    void negativeArgumentsAreRejected() {
        assertThatThrownBy(() -> PageFetcher.fetch(-1, 5, 50, source(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageFetcher.fetch(0, 5, 0, source(10))).isInstanceOf(IllegalArgumentException.class);
    }
}
