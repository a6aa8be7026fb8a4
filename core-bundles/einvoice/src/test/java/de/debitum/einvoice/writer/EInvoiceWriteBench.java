package de.debitum.einvoice.writer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures ZUGFeRD EN 16931 PDFs written per second on one thread, and their size: the invoice of
 * the writer's tests with one line per VAT rate (as the hub writes a CSV invoice) and with 40
 * item lines (two pages). Each round writes {@code invoices} files; the first rounds warm the JIT
 * up and are not counted. Not a timed test: it is a program that prints figures.
 *
 * <p>Run: {@code java -cp <test class path> de.debitum.einvoice.writer.EInvoiceWriteBench [rounds]
 * [invoices per round] [sample.pdf]}; the optional file receives one written invoice.
 */
public final class EInvoiceWriteBench {

    private static final int WARM_UP_ROUNDS = 3;

    private EInvoiceWriteBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int invoices = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        EInvoiceWriter writer = new EInvoiceWriter("Debitum bench");

        System.out.printf(Locale.ROOT, "Java %s, %d cores available%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println("lines | pages | bytes per file | mean files/s | best round files/s");
        for (List<OutgoingInvoice.Line> lines : List.of(EInvoiceWriterTest.twoRates(), EInvoiceWriterTest.itemLines(40))) {
            OutgoingInvoice invoice = EInvoiceWriterTest.sample(lines);
            byte[] sample = writer.write(invoice);
            double sum = 0;
            double best = 0;
            for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < invoices; i++) {
                    writer.write(invoice);
                }
                double perSecond = invoices / ((System.nanoTime() - start) / 1e9);
                if (round >= WARM_UP_ROUNDS) {
                    sum += perSecond;
                    best = Math.max(best, perSecond);
                }
            }
            int pages;
            try (var document = org.apache.pdfbox.Loader.loadPDF(sample)) {
                pages = document.getNumberOfPages();
            }
            System.out.printf(Locale.ROOT, "%5d | %5d | %14d | %12.1f | %18.1f%n", lines.size(), pages, sample.length,
                    sum / rounds, best);
        }
        if (args.length > 2) {
            Path file = Path.of(args[2]);
            Files.write(file, writer.write(EInvoiceWriterTest.sample(EInvoiceWriterTest.twoRates())));
            System.out.println("Sample e-invoice written to " + file.toAbsolutePath());
        }
    }
}
