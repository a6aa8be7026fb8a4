package de.debitum.matching.internal.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubsetSearchTest {

    @Test
    void uniqueSubsetFound() {
        SubsetSearch.Result result = SubsetSearch.find(new long[]{12000, 7550, 31000, 4999}, 35999, 2);

        assertThat(result.complete()).isTrue();
        assertThat(result.subsets()).singleElement().satisfies(subset -> assertThat(subset).containsExactly(2, 3));
    }

    @Test
    void secondSubsetShowsAmbiguity() {
        SubsetSearch.Result result = SubsetSearch.find(new long[]{10000, 20000, 15000, 15000}, 30000, 2);

        assertThat(result.subsets()).hasSize(2);
    }

    @Test
    void creditNoteTakesPartNegative() {
        SubsetSearch.Result result = SubsetSearch.find(new long[]{50000, 30000, -5000}, 45000, 2);

        assertThat(result.subsets()).singleElement().satisfies(subset -> assertThat(subset).containsExactly(0, 2));
    }

    @Test
    void singleItemIsNoSubset() {
        assertThat(SubsetSearch.find(new long[]{10000, 20000}, 10000, 2).subsets()).isEmpty();
    }

    @Test
    void tooManyItemsRejected() {
        assertThatThrownBy(() -> SubsetSearch.find(new long[SubsetSearch.MAX_ITEMS + 1], 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("25 items");
    }

    @Test
    void stepBoundCutsSearchShort() {
        // Even amounts never add up to an odd target, but the bounds cannot see that.
        long[] cents = new long[SubsetSearch.MAX_ITEMS];
        java.util.Arrays.fill(cents, 200);
        SubsetSearch.Result result = SubsetSearch.find(cents, 1201, 2);

        assertThat(result.subsets()).isEmpty();
        assertThat(result.complete()).isFalse();
    }
}
