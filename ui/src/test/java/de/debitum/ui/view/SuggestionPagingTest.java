package de.debitum.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Paging through the hub's open suggestions, which come in pages without a total. */
class SuggestionPagingTest {

    /** A list of open suggestions as the hub pages it, which a test can shrink as users decide. */
    private static final class Hub implements SuggestionPaging.PageSource<Integer> {
        final List<Integer> open;
        final List<Integer> fetchedPages = new ArrayList<>();

        Hub(int count) {
            open = new ArrayList<>(IntStream.rangeClosed(1, count).boxed().toList());
        }

        @Override
        public List<Integer> fetch(int page, int size) {
            fetchedPages.add(page);
            int from = Math.min(open.size(), page * size);
            return List.copyOf(open.subList(from, Math.min(open.size(), from + size)));
        }
    }

    @Test
    void pagesThroughMoreThanOnePage() {
        Hub hub = new Hub(5);
        SuggestionPaging paging = new SuggestionPaging(2);

        assertThat(paging.load(hub)).containsExactly(1, 2);
        assertThat(paging.hasPrevious()).isFalse();
        assertThat(paging.hasNext()).isTrue();
        paging.next();
        assertThat(paging.load(hub)).containsExactly(3, 4);
        assertThat(paging.hasPrevious()).isTrue();
        paging.next();
        assertThat(paging.load(hub)).containsExactly(5);
        assertThat(paging.page()).isEqualTo(2);
        assertThat(paging.hasNext()).isFalse();

        paging.next();
        assertThat(paging.page()).isEqualTo(2);
        paging.previous();
        assertThat(paging.load(hub)).containsExactly(3, 4);
    }

    @Test
    void singlePageHasNoNext() {
        SuggestionPaging paging = new SuggestionPaging(50);

        assertThat(paging.load(new Hub(3))).containsExactly(1, 2, 3);
        assertThat(paging.hasNext()).isFalse();
        assertThat(paging.hasPrevious()).isFalse();
    }

    @Test
    void fullLastPageStepsBackFromEmptyNext() {
        Hub hub = new Hub(4);
        SuggestionPaging paging = new SuggestionPaging(2);
        paging.load(hub);
        paging.next();
        assertThat(paging.load(hub)).containsExactly(3, 4);
        assertThat(paging.hasNext()).isTrue();

        paging.next();

        assertThat(paging.load(hub)).containsExactly(3, 4);
        assertThat(paging.page()).isEqualTo(1);
        assertThat(paging.hasNext()).isFalse();
        assertThat(hub.fetchedPages).containsExactly(0, 1, 2, 1);
    }

    @Test
    void decidingLastPageReturnsToPreviousPage() {
        Hub hub = new Hub(5);
        SuggestionPaging paging = new SuggestionPaging(2);
        paging.load(hub);
        paging.next();
        paging.load(hub);
        paging.next();
        paging.load(hub);

        hub.open.remove(Integer.valueOf(5));

        assertThat(paging.load(hub)).containsExactly(3, 4);
        assertThat(paging.page()).isEqualTo(1);
        assertThat(paging.hasNext()).isFalse();
    }

    @Test
    void emptyListStaysOnFirstPage() {
        SuggestionPaging paging = new SuggestionPaging(2);

        assertThat(paging.load(new Hub(0))).isEmpty();
        assertThat(paging.page()).isZero();
        assertThat(paging.hasNext()).isFalse();
    }

    @Test
    void pageSizeBelowOneIsRejected() {
        assertThatThrownBy(() -> new SuggestionPaging(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pageSize must be 1 or more, was 0");
    }
}
