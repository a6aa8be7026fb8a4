package de.debitum.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;


/**
 * Writes a {@link DemoScenario} as the files a company would drop into Debitum's folders:
 * {@code einvoice/} with one ZUGFeRD PDF (or bare Factur-X XML) per invoice plus one damaged
 * file and one invoice sent twice, {@code bank/} with one camt.053 statement per week, and
 * {@code csv/} with the turnover of a second account as a German online-banking CSV export.
 * In the CSV format the invoices go into one invoice list ({@code rechnungen/rechnungen.csv}, one
 * row per invoice and VAT rate, with the Skonto columns) with the customer master data beside it
 * ({@code stammdaten/kunden.csv}), as a billing tool exports them, and {@code einvoice/} stays empty.
 *
 * <p>Each file is written under a hidden temporary name and renamed, so a connector polling
 * the folder never reads half a file.
 */
public final class DemoFiles {

    /** Format of the invoice files. */
    public enum InvoiceFormat { PDF, XML, CSV }

    /**
     * Counts and folders of the written files, for the summary; {@code csvInvoices} counts the
     * invoices written as CSV rows, and the master data and invoice list folders are null unless
     * the format is {@link InvoiceFormat#CSV}.
     */
    public record Written(int invoiceFiles, int statementFiles, int csvFiles, int payments, int csvInvoices,
                          Path einvoiceFolder, Path bankFolder, Path csvFolder, Path masterDataFolder,
                          Path invoiceListFolder) {
    }

    /** Header of the invoice list: the CSV connector's default columns for invoices. */
    static final String INVOICE_LIST_HEADER = "Rechnungsnummer;Rechnungsdatum;Fälligkeit;Kundennummer;Kunde;Netto;"
            + "USt-Satz;USt;Brutto;Skonto %;Skontotage\r\n";
    /** Header of the customer master data: the CSV connector's default columns for debtors. */
    static final String MASTER_DATA_HEADER = "Kundennummer;Name;Straße;PLZ;Ort;Land;E-Mail;USt-IdNr.\r\n";

    /**
     * The file beside the folders that lists which invoices each payment pays, for tests and
     * benchmarks: tab-separated booking day, amount, remittance text, invoice numbers
     * (comma-separated, empty for none) and the fate of the invoices.
     */
    public static final String EXPECTATIONS = "scenario-payments.tsv";

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String SECOND_ACCOUNT_BANK_CODE = "50010517";

    private DemoFiles() {
    }

    /**
     * Writes the scenario below {@code root}; {@code progress} hears the number of invoice files
     * written so far.
     */
    public static Written write(DemoScenario scenario, Path root, InvoiceFormat format, IntConsumer progress)
            throws IOException {
        Path einvoice = Files.createDirectories(root.resolve("einvoice"));
        Path bank = Files.createDirectories(root.resolve("bank"));
        Path csv = Files.createDirectories(root.resolve("csv"));
        Path masterData = null;
        Path invoiceList = null;
        int invoiceFiles = 0;
        if (format == InvoiceFormat.CSV) {
            masterData = Files.createDirectories(root.resolve("stammdaten"));
            invoiceList = Files.createDirectories(root.resolve("rechnungen"));
            atomicWrite(masterData.resolve("kunden.csv"), masterData(scenario));
            atomicWrite(invoiceList.resolve("rechnungen.csv"), invoiceList(scenario.invoices()));
            progress.accept(scenario.invoices().size());
        } else {
            invoiceFiles = writeInvoices(scenario, einvoice, format, progress);
        }
        int statements = writeStatements(scenario, bank);
        List<DemoScenario.Payment> csvPayments = scenario.payments().stream()
                .filter(p -> p.channel() == DemoScenario.Channel.CSV_EXPORT).toList();
        int csvFiles = 0;
        if (!csvPayments.isEmpty()) {
            atomicWrite(csv.resolve("umsaetze-zweitkonto.csv"), csv(scenario, csvPayments));
            csvFiles = 1;
        }
        atomicWrite(root.resolve(EXPECTATIONS), expectations(scenario));
        return new Written(invoiceFiles, statements, csvFiles, scenario.payments().size(),
                format == InvoiceFormat.CSV ? scenario.invoices().size() : 0, einvoice, bank, csv, masterData,
                invoiceList);
    }

    /** Writes one row per invoice and VAT rate, each with the invoice's dates, customer and Skonto. */
    private static byte[] invoiceList(List<DemoScenario.Invoice> invoices) {
        DecimalFormat amount = germanAmounts();
        StringBuilder text = new StringBuilder(INVOICE_LIST_HEADER);
        for (DemoScenario.Invoice invoice : invoices) {
            DemoScenario.CashDiscount discount = invoice.cashDiscount();
            for (BigDecimal rate : invoice.lines().stream().map(DemoScenario.Line::vatRate).distinct().toList()) {
                BigDecimal net = invoice.lines().stream().filter(line -> line.vatRate().equals(rate))
                        .map(DemoScenario.Line::net).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal vat = net.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                text.append(invoice.number()).append(';')
                        .append(CSV_DATE.format(invoice.issueDate())).append(';')
                        .append(CSV_DATE.format(invoice.dueDate())).append(';')
                        .append(invoice.debtor().number()).append(';')
                        .append(quoted(invoice.debtor().name())).append(';')
                        .append(amount.format(net)).append(';')
                        .append(amount.format(rate)).append(';')
                        .append(amount.format(vat)).append(';')
                        .append(amount.format(net.add(vat))).append(';')
                        .append(discount == null ? "" : amount.format(discount.percent())).append(';')
                        .append(discount == null ? "" : String.valueOf(discount.days())).append("\r\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] masterData(DemoScenario scenario) {
        StringBuilder text = new StringBuilder(MASTER_DATA_HEADER);
        scenario.debtors().forEach(debtor -> text.append(debtor.number()).append(';')
                .append(quoted(debtor.name())).append(';')
                .append(quoted(debtor.street())).append(';')
                .append(debtor.postcode()).append(';')
                .append(quoted(debtor.city())).append(";DE;")
                .append(debtor.email() == null ? "" : debtor.email()).append(';')
                .append(debtor.vatId() == null ? "" : debtor.vatId()).append("\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static DecimalFormat germanAmounts() {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    }

    private static int writeInvoices(DemoScenario scenario, Path folder, InvoiceFormat format, IntConsumer progress)
            throws IOException {
        List<DemoScenario.Invoice> invoices = scenario.invoices();
        InvoicePdfWriter pdfWriter = format == InvoiceFormat.PDF ? new InvoicePdfWriter(scenario.company()) : null;
        int written = 0;
        byte[] first = null;
        for (DemoScenario.Invoice invoice : invoices) {
            byte[] content = pdfWriter != null ? pdfWriter.write(invoice) : xml(scenario, invoice);
            first = first == null ? content : first;
            atomicWrite(folder.resolve(invoice.number() + (pdfWriter != null ? ".pdf" : ".xml")), content);
            progress.accept(++written);
        }
        // Noise a real inbox has: the first invoice arrives a second time under another name,
        // and one file is damaged in transfer.
        atomicWrite(folder.resolve("Kopie von " + invoices.get(0).number()
                + (pdfWriter != null ? ".pdf" : ".xml")), first);
        byte[] damaged = xml(scenario, invoices.get(invoices.size() / 2));
        atomicWrite(folder.resolve("Rechnung-unvollstaendig.xml"),
                java.util.Arrays.copyOf(damaged, damaged.length / 2));
        return written + 2;
    }

    static byte[] xml(DemoScenario scenario, DemoScenario.Invoice invoice) {
        try {
            return InvoicePdfWriter.xml(scenario.company(), invoice);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not write the XML of invoice " + invoice.number() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Writes one statement per calendar week from the week of the first invoice up to yesterday,
     * weeks without bookings included, because dunning reminds nobody while a day is not covered.
     * Each statement opens with the balance the previous one closed with.
     */
    private static int writeStatements(DemoScenario scenario, Path folder) throws IOException {
        List<DemoScenario.Payment> bankPayments = scenario.payments().stream()
                .filter(p -> p.channel() == DemoScenario.Channel.BANK_STATEMENT).toList();
        if (bankPayments.isEmpty()) {
            return 0;
        }
        LocalDate firstInvoice = scenario.invoices().get(0).issueDate();
        LocalDate firstPayment = bankPayments.get(0).bookingDate();
        LocalDate first = (firstPayment.isBefore(firstInvoice) ? firstPayment : firstInvoice)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastDay = scenario.today().minusDays(1);
        BigDecimal balance = new BigDecimal("25000.00");
        int sequence = 0;
        for (LocalDate from = first; !from.isAfter(lastDay); from = from.plusWeeks(1)) {
            LocalDate to = from.plusDays(6).isAfter(lastDay) ? lastDay : from.plusDays(6);
            LocalDate start = from;
            List<DemoScenario.Payment> week = new ArrayList<>();
            for (DemoScenario.Payment payment : bankPayments) {
                if (!payment.bookingDate().isBefore(start) && !payment.bookingDate().isAfter(to)) {
                    week.add(payment);
                }
            }
            sequence++;
            atomicWrite(folder.resolve(Camt053Writer.fileName(sequence, to)),
                    Camt053Writer.write(scenario.company(), sequence, from, to, balance, week));
            balance = week.stream().map(DemoScenario.Payment::amount).reduce(balance, BigDecimal::add);
        }
        return sequence;
    }

    /** Writes the columns of the CSV-CAMT export of German savings banks, which the CSV connector's preset reads. */
    private static byte[] csv(DemoScenario scenario, List<DemoScenario.Payment> payments) {
        String account = Ibans.german(SECOND_ACCOUNT_BANK_CODE, 8_800_123_456L);
        DecimalFormat amount = germanAmounts();
        StringBuilder text = new StringBuilder("Auftragskonto;Buchungstag;Valutadatum;Verwendungszweck;"
                + "Beguenstigter/Zahlungspflichtiger;Kontonummer/IBAN;Betrag;Waehrung\r\n");
        for (DemoScenario.Payment payment : payments) {
            text.append(account).append(';')
                    .append(CSV_DATE.format(payment.bookingDate())).append(';')
                    .append(CSV_DATE.format(payment.bookingDate())).append(';')
                    .append(quoted(payment.remittance())).append(';')
                    .append(quoted(payment.payerName())).append(';')
                    .append(payment.payerIban() == null ? "" : payment.payerIban()).append(';')
                    .append(amount.format(payment.amount())).append(';')
                    .append("EUR\r\n");
        }
        return text.toString().getBytes(WINDOWS_1252);
    }

    private static byte[] expectations(DemoScenario scenario) {
        java.util.Map<String, DemoScenario.Fate> fates = new java.util.HashMap<>();
        scenario.invoices().forEach(invoice -> fates.put(invoice.number(), invoice.fate()));
        StringBuilder text = new StringBuilder("bookingDate\tamount\tremittance\tinvoices\tfate\n");
        for (DemoScenario.Payment payment : scenario.payments()) {
            text.append(payment.bookingDate()).append('\t').append(payment.amount().toPlainString()).append('\t')
                    .append(payment.remittance()).append('\t').append(String.join(",", payment.invoiceNumbers()))
                    .append('\t').append(payment.invoiceNumbers().isEmpty() ? "NONE"
                            : fates.get(payment.invoiceNumbers().get(0)).name()).append('\n');
        }
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static void atomicWrite(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        Files.write(temporary, content);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
