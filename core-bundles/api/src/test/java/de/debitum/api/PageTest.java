package de.debitum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import de.debitum.api.query.Page;

class PageTest {

    @Test
    void offsetIsPageTimesSize() {
        assertThat(Page.offset(0, 1)).isZero();
        assertThat(Page.offset(3, 50)).isEqualTo(150);
        assertThat(Page.offset(Integer.MAX_VALUE, Page.MAX_SIZE)).isEqualTo((long) Integer.MAX_VALUE * 500);
    }

    @Test
    void boundsAreChecked() {
        assertThatThrownBy(() -> Page.offset(-1, 10)).hasMessage("Invalid page -1: use 0 or more.");
        assertThatThrownBy(() -> Page.offset(0, 0)).hasMessage("Invalid page size 0: use 1 to 500.");
        assertThatThrownBy(() -> Page.offset(0, 501)).hasMessage("Invalid page size 501: use 1 to 500.");
    }
}
