package de.debitum.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import de.debitum.testing.Corpus;

/** One shared reader gives the same results when several threads read at once. */
class ParallelReadTest {

    private static final int THREADS = 4;

    @Test
    void sharedReaderGivesSequentialResults() throws Exception {
        List<Path> files = Corpus.files("einvoice");
        try (EInvoiceReader reader = new EInvoiceReader()) {
            List<ReadResult> sequential = new ArrayList<>();
            for (Path file : files) {
                sequential.add(read(reader, file));
            }

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<ReadResult>> futures = new ArrayList<>();
                for (int copy = 0; copy < THREADS; copy++) {
                    for (Path file : files) {
                        futures.add(pool.submit(() -> read(reader, file)));
                    }
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertThat(futures.get(i).get()).as("parallel read of %s", files.get(i % files.size()))
                            .isEqualTo(sequential.get(i % files.size()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static ReadResult read(EInvoiceReader reader, Path file) {
        try {
            return reader.read(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
