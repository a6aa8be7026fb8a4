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
    void subsetBeforeLastItemFoundOnce() {
        // 120.00 + 310.00 = 430.00 is the only subset, and the items after it must not repeat it.
        SubsetSearch.Result result = SubsetSearch.find(new long[]{12000, 7550, 31000, 4999, 100000}, 43000, 2);

        assertThat(result.complete()).isTrue();
        assertThat(result.subsets()).singleElement().satisfies(subset -> assertThat(subset).containsExactly(0, 2));
    }

    @Test
    void supersetWithCreditNoteIsSecondSubset() {
        // 500.00 + 300.00 = 800.00, and 500.00 + 300.00 + 50.00 - 50.00 as well.
        SubsetSearch.Result result = SubsetSearch.find(new long[]{50000, 30000, 5000, -5000}, 80000, 3);

        assertThat(result.subsets()).hasSize(2);
        assertThat(result.subsets().get(0)).containsExactly(0, 1);
        assertThat(result.subsets().get(1)).containsExactly(0, 1, 2, 3);
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
