package de.debitum.einvoice.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;

import de.debitum.einvoice.EInvoiceReader;
import de.debitum.einvoice.ReadResult;
import de.debitum.testing.Corpus;

/**
 * Prints files per second for the reader on the corpus PDFs and bare XML files, beside
 * Mustang's own import of the same files. Not a timed test: it asserts nothing and runs only
 * when asked for.
 *
 * <pre>
 * ./mvnw -q -pl core-bundles/einvoice test -Dtest=ReadBenchmark -Ddebitum.bench=true
 * </pre>
 *
 * <p>The reader's figure includes its own XPath read, PDFBox attachment extraction, and
 * Mustang's recalculation (which parses the XML a second time). Mustang's figure is
 * {@code ZUGFeRDInvoiceImporter} alone: the PDF constructor plus {@code extractInvoice()}, or
 * {@code setRawXML} plus {@code extractInvoice()} for bare XML.
 */
class ReadBenchmark {

    private static final int WARMUP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 20;

    private record Input(String name, byte[] content) {
    }

    @Test
    @EnabledIfSystemProperty(named = "debitum.bench", matches = "true")
    void printFilesPerSecond() throws IOException {
        List<Input> pdfs = new ArrayList<>();
        List<Input> xmls = new ArrayList<>();
        for (Path file : Corpus.files("einvoice")) {
            Input input = new Input(file.getFileName().toString(), Files.readAllBytes(file));
            (input.name().toLowerCase(Locale.ROOT).endsWith(".pdf") ? pdfs : xmls).add(input);
        }

        System.out.printf(Locale.ROOT, "Java %s, %d cores; %d warm-up and %d measured rounds per figure%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                WARMUP_ROUNDS, MEASURED_ROUNDS);
        try (EInvoiceReader reader = new EInvoiceReader()) {
            report("PDF", pdfs, reader);
            report("XML", xmls, reader);
        }
    }

    private static void report(String kind, List<Input> inputs, EInvoiceReader reader) {
        Figure ours = measure(inputs, input -> reader.read(input.name(), input.content()) instanceof ReadResult.Accepted);
        Figure mustang = measure(inputs, ReadBenchmark::mustangImport);
        System.out.printf(Locale.ROOT, "%s: %d files | EInvoiceReader %.1f files/s (%.2f ms/file, %d accepted)"
                        + " | Mustang import alone %.1f files/s (%.2f ms/file, %d imported)%n",
                kind, inputs.size(), 1000.0 / ours.millisPerFile(), ours.millisPerFile(), ours.succeeded(),
                1000.0 / mustang.millisPerFile(), mustang.millisPerFile(), mustang.succeeded());
    }

    /** Mean milliseconds per file over the measured rounds, and how many files succeeded per round. */
    private record Figure(double millisPerFile, int succeeded) {
    }

    private static Figure measure(List<Input> inputs, Step step) {
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            inputs.forEach(step::runQuietly);
        }
        int succeeded = 0;
        long start = System.nanoTime();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (Input input : inputs) {
                succeeded += step.runQuietly(input) ? 1 : 0;
            }
        }
        double millis = (System.nanoTime() - start) / 1e6 / ((double) MEASURED_ROUNDS * inputs.size());
        return new Figure(millis, succeeded / MEASURED_ROUNDS);
    }

    private static boolean mustangImport(Input input) throws Exception {
        ZUGFeRDInvoiceImporter importer;
        if (input.name().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            importer = new ZUGFeRDInvoiceImporter(new ByteArrayInputStream(input.content()));
        } else {
            importer = new ZUGFeRDInvoiceImporter();
            importer.setRawXML(input.content(), false);
        }
        importer.doIgnoreCalculationErrors();
        return importer.extractInvoice() != null;
    }

    @FunctionalInterface
    private interface Step {
        boolean run(Input input) throws Exception;

        /** Runs the step; a failing file counts with the time it took, as in real imports. */
        default boolean runQuietly(Input input) {
            try {
                return run(input);
            } catch (Exception e) {
                // Corrupt corpus files make Mustang throw; the time spent still counts.
                return false;
            }
        }
    }
}
