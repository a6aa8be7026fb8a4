package de.debitum.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** File names that go into the Content-Disposition header unquoted. */
class FileDownloadTest {

    @Test
    void extfNameIsAccepted() {
        FileDownload download = new FileDownload("text/csv; charset=windows-1252",
                "EXTF_Buchungsstapel_20261101_20261130.csv", new byte[] {1});

        assertThat(download.fileName()).isEqualTo("EXTF_Buchungsstapel_20261101_20261130.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a\"b.csv", "a b.csv", "a\r\nX-Injected: 1", "../etc/passwd", "Müller.csv"})
    void headerBreakingNameIsRejected(String name) {
        assertThatThrownBy(() -> new FileDownload("text/csv", name, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be sent in a header");
    }
}
