package de.debitum.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command line of the demo data generator:
 * {@code java -jar debitum-demo.jar --out DIR [--today YYYY-MM-DD] [--invoices N] [--seed N] [--format pdf|xml|csv]}.
 * Prints progress and a summary in German; exits with 2 and one line on bad arguments.
 */
public final class DemoDataCommand {

    private DemoDataCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                err.println("Unbekanntes Argument '" + name + "'. Aufruf: --out ORDNER [--today JJJJ-MM-TT]"
                        + " [--invoices ANZAHL] [--seed ZAHL] [--format pdf|xml|csv]");
                return 2;
            }
            options.put(name.substring(2), args[++i]);
        }
        try {
            Path root = Path.of(required(options, "out"));
            LocalDate today = options.containsKey("today") ? LocalDate.parse(options.get("today")) : LocalDate.now();
            int invoices = Integer.parseInt(options.getOrDefault("invoices", "150"));
            long seed = Long.parseLong(options.getOrDefault("seed", "20261204"));
            DemoFiles.InvoiceFormat format = format(options.getOrDefault("format", "pdf"));
            DemoScenario scenario = DemoScenario.generate(seed, today, invoices);
            out.printf("Erzeuge Demodaten der %s: %d Debitoren, %d Rechnungen, %d Zahlungen ...%n",
                    scenario.company().name(), scenario.debtors().size(), scenario.invoices().size(),
                    scenario.payments().size());
            int step = Math.max(1, invoices / 10);
            DemoFiles.Written written = DemoFiles.write(scenario, root, format, count -> {
                if (count % step == 0) {
                    out.printf("  %d von %d Rechnungen geschrieben%n", count, invoices);
                }
            });
            if (written.invoiceListFolder() != null) {
                out.printf("Rechnungsliste: %d Rechnungen in %s%n", written.csvInvoices(), written.invoiceListFolder());
                out.printf("Kundenstamm:    %d Debitoren in %s%n", scenario.debtors().size(), written.masterDataFolder());
            }
            out.printf("E-Rechnungen:   %d Dateien in %s%n", written.invoiceFiles(), written.einvoiceFolder());
            out.printf("Kontoauszüge:   %d camt.053-Dateien in %s%n", written.statementFiles(), written.bankFolder());
            out.printf("CSV-Umsätze:    %d Datei in %s%n", written.csvFiles(), written.csvFolder());
            return 0;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("Ungültige Angabe: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Die Demodaten konnten nicht geschrieben werden: " + e.getMessage());
            return 1;
        }
    }

    private static DemoFiles.InvoiceFormat format(String value) {
        for (DemoFiles.InvoiceFormat format : DemoFiles.InvoiceFormat.values()) {
            if (format.name().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new IllegalArgumentException("--format '" + value + "' ist unbekannt: erlaubt sind pdf, xml und csv.");
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " fehlt: geben Sie den Zielordner an.");
        }
        return value;
    }
}
