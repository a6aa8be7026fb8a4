package de.debitum.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The demo tenant's business: its debtors, the invoices it issued over the last months and the
 * payments its bank and its payment provider report. The same seed and day give the same data.
 *
 * <p>Payments carry the noise of real ones: typos in the reference, partial payments, cash
 * discount taken, one transfer for several invoices, transfers without any reference, and
 * credits that belong to no invoice. The rest of the invoices stays unpaid, so that dunning has
 * work on the first day.
 */
public final class DemoScenario {

    /** Outcome of an invoice's payment. */
    public enum Fate {
        PAID_EXACT, PAID_WITH_TYPO, PAID_PARTIALLY, PAID_WITH_CASH_DISCOUNT, PAID_WITH_OTHERS, PAID_WITHOUT_REFERENCE,
        PAID_BY_CARD_PROVIDER, UNPAID
    }

    public record Company(String name, String street, String postcode, String city, String iban, String bic,
                          String vatId, String email) {
    }

    public record Debtor(String number, String name, String street, String postcode, String city, String email,
                         String iban, String vatId, String payerName) {
    }

    public record Line(String product, String unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal vatRate) {

        public BigDecimal net() {
            return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** Cash discount offered: {@code percent} off when paid within {@code days} of the issue date. */
    public record CashDiscount(int days, BigDecimal percent) {
    }

    public record Invoice(String number, Debtor debtor, LocalDate issueDate, LocalDate dueDate, List<Line> lines,
                          CashDiscount cashDiscount, Fate fate) {

        public BigDecimal net() {
            return lines.stream().map(Line::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** VAT per rate, rounded per rate as EN 16931 does (BT-117). */
        public BigDecimal vat() {
            return lines.stream().map(Line::vatRate).distinct()
                    .map(rate -> lines.stream().filter(l -> l.vatRate().equals(rate)).map(Line::net)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal gross() {
            return net().add(vat());
        }
    }

    /** Source that reports a payment. */
    public enum Channel { BANK_STATEMENT, CSV_EXPORT }

    /**
     * A credit or debit on one of the tenant's accounts. {@code invoiceNumbers} names the invoices
     * it pays, for the test's expectations; it is empty for payments that belong to none.
     */
    public record Payment(String id, Channel channel, LocalDate bookingDate, BigDecimal amount, String payerName,
                          String payerIban, String remittance, List<String> invoiceNumbers) {
    }

    private static final String[] NAME_STEMS = {"Bäckerei Schmidt", "Müller Haustechnik", "Weber & Söhne",
        "Schneider Logistik", "Fischer Metallbau", "Wagner Elektro", "Becker Gartenbau", "Hoffmann IT-Service",
        "Schäfer Druck", "Koch Feinkost", "Bauer Holzbau", "Richter Immobilien", "Klein Optik", "Wolf Sanitär",
        "Schröder Consulting", "Neumann Reisen", "Schwarz Autohaus", "Zimmermann Dach", "Braun Medizintechnik",
        "Krüger Verpackung", "Hofmann Gastronomie", "Hartmann Steuerberatung", "Lange Möbel", "Schmitt Fliesen",
        "Werner Landtechnik", "Krause Malerbetrieb", "Meier Apotheke", "Lehmann Spedition", "Köhler Kältetechnik",
        "Herrmann Werbeagentur", "König Brauerei", "Walter Praxisbedarf", "Mayer Bürotechnik", "Huber Zweirad",
        "Kaiser Textil", "Fuchs Sicherheitstechnik", "Peters Kfz-Teile", "Lang Catering", "Scholz Glaserei",
        "Möller Energietechnik"};
    private static final String[] LEGAL_FORMS = {"GmbH", "GmbH & Co. KG", "e.K.", "KG", "OHG", "AG", "UG (haftungsbeschränkt)"};
    private static final String[][] CITIES = {{"10115", "Berlin"}, {"20095", "Hamburg"}, {"80331", "München"},
        {"50667", "Köln"}, {"60311", "Frankfurt am Main"}, {"70173", "Stuttgart"}, {"40213", "Düsseldorf"},
        {"04109", "Leipzig"}, {"44135", "Dortmund"}, {"45127", "Essen"}, {"28195", "Bremen"}, {"01067", "Dresden"},
        {"30159", "Hannover"}, {"90402", "Nürnberg"}, {"47051", "Duisburg"}, {"44787", "Bochum"},
        {"42103", "Wuppertal"}, {"33602", "Bielefeld"}, {"53111", "Bonn"}, {"48143", "Münster"}};
    private static final String[] STREETS = {"Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße",
        "Dorfstraße", "Bergstraße", "Lindenstraße", "Kirchstraße", "Am Markt", "Industriestraße", "Goethestraße",
        "Schillerweg", "Mühlenweg", "Rosenstraße", "Königsallee"};
    private static final String[][] PRODUCTS = {{"Wartung Heizungsanlage", "HUR", "95.00", "19"},
        {"Beratung (Stunde)", "HUR", "120.00", "19"}, {"Druckerpapier A4, 500 Blatt", "H87", "4.90", "19"},
        {"Montagematerial", "C62", "38.50", "19"}, {"Fachbuch Steuerrecht 2026", "H87", "49.90", "7"},
        {"Anfahrtspauschale", "C62", "45.00", "19"}, {"Softwarelizenz (Monat)", "MON", "29.00", "19"},
        {"Schulung (Tag)", "DAY", "890.00", "19"}, {"Lebensmittel-Lieferung", "C62", "212.40", "7"},
        {"Reparatur Fensterrahmen", "C62", "310.00", "19"}, {"Ersatzteilpaket", "C62", "156.80", "19"},
        {"Zeitschriften-Abonnement", "ANN", "84.00", "7"}};

    private final Company company;
    private final List<Debtor> debtors;
    private final List<Invoice> invoices;
    private final List<Payment> payments;
    private final LocalDate today;

    private DemoScenario(Company company, List<Debtor> debtors, List<Invoice> invoices, List<Payment> payments,
                         LocalDate today) {
        this.company = company;
        this.debtors = List.copyOf(debtors);
        this.invoices = List.copyOf(invoices);
        this.payments = List.copyOf(payments);
        this.today = today;
    }

    /**
     * Generates the tenant's business up to the day before {@code today}.
     *
     * @param invoiceCount number of invoices, 10 to 100,000
     * @throws IllegalArgumentException when the count is out of range
     */
    public static DemoScenario generate(long seed, LocalDate today, int invoiceCount) {
        if (invoiceCount < 10 || invoiceCount > 100_000) {
            throw new IllegalArgumentException("Invalid invoice count " + invoiceCount
                    + ": give a number from 10 to 100000.");
        }
        Random random = new Random(seed);
        Company company = new Company("Muster GmbH", "Musterstraße 1", "10117", "Berlin",
                Ibans.german("10010010", 4711_0815L), "PBNKDEFFXXX", "DE123456789", "buchhaltung@muster-gmbh.example");
        List<Debtor> debtors = debtors(random, Math.max(8, Math.min(invoiceCount / 3, 5_000)));
        List<Invoice> invoices = invoices(random, debtors, today, invoiceCount);
        List<Payment> payments = payments(random, invoices, today);
        return new DemoScenario(company, debtors, invoices, payments, today);
    }

    public Company company() {
        return company;
    }

    public List<Debtor> debtors() {
        return debtors;
    }

    public List<Invoice> invoices() {
        return invoices;
    }

    public List<Payment> payments() {
        return payments;
    }

    public LocalDate today() {
        return today;
    }

    private static List<Debtor> debtors(Random random, int count) {
        List<Debtor> debtors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String stem = NAME_STEMS[i % NAME_STEMS.length];
            String[] city = CITIES[random.nextInt(CITIES.length)];
            // Beyond the list of names, the same trade appears in other cities, as real customer lists have.
            String name = stem + (i >= NAME_STEMS.length ? " " + city[1] : "") + " "
                    + LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
            String street = STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120));
            String number = String.valueOf(10_001 + i);
            String domain = ascii(stem).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".example";
            String iban = Ibans.german(String.valueOf(10_000_000 + random.nextInt(89_999_999)),
                    1_000_000_000L + Math.floorMod(random.nextLong(), 8_999_999_999L));
            String payer = random.nextInt(4) == 0 ? ascii(name).toUpperCase(Locale.ROOT) : name;
            debtors.add(new Debtor(number, name, street, city[0], city[1], "buchhaltung@" + domain, iban,
                    "DE" + (100_000_000 + random.nextInt(899_999_999)), payer));
        }
        return debtors;
    }

    private static List<Invoice> invoices(Random random, List<Debtor> debtors, LocalDate today, int count) {
        List<Invoice> invoices = new ArrayList<>(count);
        int span = 120;
        for (int i = 0; i < count; i++) {
            // Older invoices first; the newest were issued yesterday.
            LocalDate issue = today.minusDays(span - (long) i * span / count);
            if (issue.getDayOfWeek() == DayOfWeek.SUNDAY) {
                issue = issue.minusDays(2);
            } else if (issue.getDayOfWeek() == DayOfWeek.SATURDAY) {
                issue = issue.minusDays(1);
            }
            CashDiscount discount = random.nextInt(5) == 0 ? new CashDiscount(10, new BigDecimal("2.00")) : null;
            Fate fate = fate(random, discount != null);
            // Transfers for several invoices come from a few regular customers, who buy often.
            Debtor debtor = debtors.get(random.nextInt(fate == Fate.PAID_WITH_OTHERS ? 3 : debtors.size()));
            int termDays = random.nextInt(3) == 0 ? 30 : 14;
            List<Line> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(4);
            for (int l = 0; l < lineCount; l++) {
                String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(product[1].equals("HUR") ? 8 : 5));
                lines.add(new Line(product[0], product[1], quantity, new BigDecimal(product[2]), new BigDecimal(product[3])));
            }
            String number = String.format(Locale.ROOT, "RE-%d-%05d", issue.getYear(), 1 + i);
            invoices.add(new Invoice(number, debtor, issue, issue.plusDays(termDays), lines, discount, fate));
        }
        return invoices;
    }

    private static Fate fate(Random random, boolean discountOffered) {
        int roll = random.nextInt(100);
        if (discountOffered && roll < 50) {
            return Fate.PAID_WITH_CASH_DISCOUNT;
        }
        if (roll < 60) {
            return Fate.PAID_EXACT;
        }
        if (roll < 66) {
            return Fate.PAID_WITH_TYPO;
        }
        if (roll < 70) {
            return Fate.PAID_PARTIALLY;
        }
        if (roll < 75) {
            return Fate.PAID_WITH_OTHERS;
        }
        if (roll < 78) {
            return Fate.PAID_WITHOUT_REFERENCE;
        }
        if (roll < 83) {
            return Fate.PAID_BY_CARD_PROVIDER;
        }
        return Fate.UNPAID;
    }

    private static List<Payment> payments(Random random, List<Invoice> invoices, LocalDate today) {
        List<Payment> payments = new ArrayList<>();
        List<Invoice> waitingForOthers = new ArrayList<>();
        int sequence = 0;
        for (Invoice invoice : invoices) {
            LocalDate paid = paymentDay(random, invoice);
            if (invoice.fate() == Fate.UNPAID || !paid.isBefore(today)) {
                continue;
            }
            Debtor debtor = invoice.debtor();
            String id = "P" + (++sequence);
            switch (invoice.fate()) {
                case PAID_EXACT -> payments.add(bank(id, paid, invoice.gross(), debtor,
                        "RE " + invoice.number() + " Kd-Nr. " + debtor.number(), invoice));
                case PAID_WITH_TYPO -> payments.add(bank(id, paid, invoice.gross(), debtor,
                        "Rechnung " + typo(random, invoice.number()), invoice));
                case PAID_PARTIALLY -> payments.add(bank(id, paid,
                        invoice.gross().multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_UP), debtor,
                        "Teilzahlung " + invoice.number(), invoice));
                case PAID_WITH_CASH_DISCOUNT -> {
                    BigDecimal discounted = invoice.gross().subtract(invoice.gross()
                            .multiply(invoice.cashDiscount().percent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
                    payments.add(bank(id, paid, discounted, debtor,
                            invoice.number() + " abzgl. " + invoice.cashDiscount().percent().stripTrailingZeros().toPlainString()
                                    + " % Skonto", invoice));
                }
                case PAID_WITHOUT_REFERENCE -> payments.add(bank(id, paid, invoice.gross(), debtor, "Zahlung", invoice));
                case PAID_BY_CARD_PROVIDER -> payments.add(new Payment(id, Channel.CSV_EXPORT, paid, invoice.gross(),
                        debtor.payerName(), null, "Kartenzahlung " + invoice.number(), List.of(invoice.number())));
                case PAID_WITH_OTHERS -> waitingForOthers.add(invoice);
                default -> throw new IllegalStateException("Unexpected fate " + invoice.fate());
            }
        }
        // One transfer pays up to four collected invoices of a debtor.
        waitingForOthers.stream().map(Invoice::debtor).distinct().forEach(debtor -> {
            List<Invoice> own = waitingForOthers.stream().filter(i -> i.debtor().equals(debtor)).toList();
            for (int start = 0; start < own.size(); start += 4) {
                List<Invoice> group = own.subList(start, Math.min(own.size(), start + 4));
                LocalDate paid = group.stream().map(Invoice::dueDate).max(Comparator.naturalOrder()).orElseThrow();
                if (!paid.isBefore(today)) {
                    paid = today.minusDays(1);
                }
                BigDecimal sum = group.stream().map(Invoice::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
                List<String> numbers = group.stream().map(Invoice::number).toList();
                payments.add(new Payment("M" + debtor.number() + "-" + (start / 4 + 1), Channel.BANK_STATEMENT, paid,
                        sum, debtor.payerName(), debtor.iban(), "Sammelüberweisung " + String.join(", ", numbers),
                        numbers));
            }
        });
        // Credits and debits that belong to no invoice.
        payments.add(new Payment("X1", Channel.BANK_STATEMENT, today.minusDays(20), new BigDecimal("318.40"),
                "Allianz Versicherungs-AG", Ibans.german("70080000", 9_112_233_445L), "Erstattung Schaden 2026-4471",
                List.of()));
        payments.add(new Payment("X2", Channel.BANK_STATEMENT, today.minusDays(31), new BigDecimal("-12.90"),
                "Musterbank", null, "Kontoführungsentgelt", List.of()));
        payments.add(new Payment("X3", Channel.BANK_STATEMENT, today.minusDays(9), new BigDecimal("-1840.00"),
                "Bürobedarf Nord GmbH", Ibans.german("20050550", 1_234_567_890L), "Lieferantenrechnung 88123",
                List.of()));
        payments.sort(Comparator.comparing(Payment::bookingDate).thenComparing(Payment::id));
        return Collections.unmodifiableList(payments);
    }

    private static Payment bank(String id, LocalDate day, BigDecimal amount, Debtor debtor, String text, Invoice invoice) {
        return new Payment(id, Channel.BANK_STATEMENT, day, amount, debtor.payerName(), debtor.iban(), text,
                List.of(invoice.number()));
    }

    private static LocalDate paymentDay(Random random, Invoice invoice) {
        if (invoice.fate() == Fate.PAID_WITH_CASH_DISCOUNT) {
            return invoice.issueDate().plusDays(3 + random.nextInt(invoice.cashDiscount().days() - 3));
        }
        LocalDate day = invoice.dueDate().plusDays(random.nextInt(12) - 8);
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.plusDays(2);
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** Swaps two neighbouring digits of the number's serial part, as a hurried typist would. */
    private static String typo(Random random, String number) {
        char[] chars = number.toCharArray();
        int end = chars.length - 1;
        int at = end - 1 - random.nextInt(3);
        if (chars[at] == chars[at + 1]) {
            chars[at + 1] = chars[at + 1] == '9' ? '8' : (char) (chars[at + 1] + 1);
        } else {
            char swap = chars[at];
            chars[at] = chars[at + 1];
            chars[at + 1] = swap;
        }
        return new String(chars);
    }

    static String ascii(String text) {
        return text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss");
    }
}
