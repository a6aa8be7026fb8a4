package de.debitum.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what the hub stored for the demo tenant with the generated truth
 * ({@link DemoFiles#EXPECTATIONS}): for each kind of payment, how many of its invoice pairs the
 * matching allocated without a person, how many it allocated to an invoice the payment does not
 * pay, and how the rest ended (open suggestion, first suggestion right, nothing).
 *
 * <p>It reads the hub's database directly, so it runs after the hub has stopped when the database
 * is the embedded H2 file. Usage: {@code java -cp "debitum-demo.jar:lib/*" de.debitum.demo.MatchingCheck
 * --db JDBC-URL [--user U] [--password P] --tenant ID --expectations FILE}.
 */
public final class MatchingCheck {

    /** German names of the payment kinds (the invoice fates of {@link DemoScenario}). */
    private static final Map<String, String> KIND_LABELS = Map.of(
            "PAID_EXACT", "genau bezahlt",
            "PAID_WITH_TYPO", "Nummer vertippt",
            "PAID_PARTIALLY", "Teilzahlung",
            "PAID_WITH_CASH_DISCOUNT", "mit Skonto",
            "PAID_WITH_OTHERS", "Sammelzahlung",
            "PAID_WITHOUT_REFERENCE", "ohne Rechnungsnummer",
            "PAID_BY_CARD_PROVIDER", "Kartenzahlung (CSV)",
            "NONE", "zu keiner Rechnung",
            "UNKNOWN", "nicht erzeugt");

    /** One payment of the truth file: the invoices it pays and the kind of payment (the invoice's fate). */
    record Expected(Set<String> invoices, String kind) {
    }

    /** Allocations and first open suggestion that the hub stored for one incoming payment. */
    record Stored(long paymentId, String key, Set<String> automatic, Set<String> manual, Set<String> firstSuggestion) {
    }

    /** Counts of one payment kind; {@code pairs} are the true payment-invoice pairs. */
    static final class Row {
        int payments;
        int pairs;
        int automaticRight;
        int automaticWrong;
        int withSuggestion;
        int firstSuggestionRight;
        int withoutResult;
        int notFound;
    }

    private MatchingCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!options.containsKey("db") || !options.containsKey("tenant") || !options.containsKey("expectations")) {
            err.println("Aufruf: --db JDBC-URL [--user NAME] [--password KENNWORT] --tenant MANDANT --expectations DATEI");
            return 2;
        }
        try {
            Map<String, List<Expected>> truth = readExpectations(Path.of(options.get("expectations")));
            List<Stored> stored;
            try (Connection connection = DriverManager.getConnection(options.get("db"),
                    options.getOrDefault("user", "sa"), options.getOrDefault("password", ""))) {
                stored = readStored(connection, options.get("tenant"));
            }
            print(compare(truth, stored), out);
            return 0;
        } catch (IOException e) {
            err.println("Die Erwartungsdatei konnte nicht gelesen werden: " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            err.println("Die Datenbank des Hubs konnte nicht gelesen werden (läuft der Hub noch?): " + e.getMessage());
            return 1;
        }
    }

    /** Reads the truth file; payments with the same booking date, amount and text share one key. */
    static Map<String, List<Expected>> readExpectations(Path file) throws IOException {
        Map<String, List<Expected>> byKey = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t", -1);
            if (columns.length < 5) {
                continue;
            }
            BigDecimal amount = new BigDecimal(columns[1]);
            if (amount.signum() <= 0) {
                // Debits of the tenant's own account: matching considers incoming payments only.
                continue;
            }
            Set<String> invoices = columns[3].isEmpty() ? Set.of() : Set.of(columns[3].split(","));
            byKey.computeIfAbsent(key(columns[0], amount, columns[2]), k -> new ArrayList<>())
                    .add(new Expected(invoices, columns[4]));
        }
        return byKey;
    }

    static String key(String bookingDate, BigDecimal amount, String remittance) {
        return bookingDate + "|" + amount.stripTrailingZeros().toPlainString() + "|" + remittance;
    }

    private static List<Stored> readStored(Connection connection, String tenant) throws SQLException {
        Map<Long, String> numbers = new HashMap<>();
        eachRow(connection, "SELECT id, document_number FROM document WHERE tenant_id = ?", tenant,
                rows -> numbers.put(rows.getLong(1), rows.getString(2)));

        Map<Long, Stored> payments = new LinkedHashMap<>();
        eachRow(connection, "SELECT id, booking_date, amount, remittance_text FROM payment"
                + " WHERE tenant_id = ? AND amount > 0 AND duplicate_of IS NULL ORDER BY id", tenant, rows -> {
                    long id = rows.getLong(1);
                    String remittance = rows.getString(4);
                    payments.put(id, new Stored(id, key(rows.getDate(2).toLocalDate().toString(), rows.getBigDecimal(3),
                            remittance == null ? "" : remittance), new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
                });

        eachRow(connection, "SELECT payment_id, document_id, rule_name, user_name FROM allocation"
                + " WHERE tenant_id = ? AND payment_id IS NOT NULL", tenant, rows -> {
                    Stored payment = payments.get(rows.getLong(1));
                    if (payment != null) {
                        String number = numbers.get(rows.getLong(2));
                        boolean automatic = rows.getString(3) != null && rows.getString(4) == null;
                        (automatic ? payment.automatic() : payment.manual()).add(number);
                    }
                });

        eachRow(connection, "SELECT payment_id, document_key FROM match_suggestion"
                + " WHERE tenant_id = ? AND state = 'OPEN' AND suggestion_rank = 1", tenant, rows -> {
                    Stored payment = payments.get(rows.getLong(1));
                    if (payment != null) {
                        for (String id : rows.getString(2).split(",")) {
                            payment.firstSuggestion().add(numbers.get(Long.parseLong(id.trim())));
                        }
                    }
                });
        return new ArrayList<>(payments.values());
    }

    /** Reads one row of a result set. */
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs a query with the tenant as its only parameter and hands each row to the reader. */
    private static void eachRow(Connection connection, String sql, String tenant, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, tenant);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    /** Counts per payment kind, plus the row "alle" over all kinds. */
    static Map<String, Row> compare(Map<String, List<Expected>> truth, List<Stored> stored) {
        Map<String, Row> rows = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Stored payment : stored) {
            List<Expected> candidates = truth.getOrDefault(payment.key(), List.of());
            Expected expected = candidates.isEmpty() ? new Expected(Set.of(), "UNKNOWN") : pick(candidates, payment);
            seen.add(payment.key());
            Row row = rows.computeIfAbsent(expected.kind(), kind -> new Row());
            row.payments++;
            if (candidates.isEmpty()) {
                // A payment the generator did not write, such as one dropped in by hand: no truth to check.
                continue;
            }
            row.pairs += expected.invoices().size();
            for (String number : payment.automatic()) {
                if (expected.invoices().contains(number)) {
                    row.automaticRight++;
                } else {
                    row.automaticWrong++;
                }
            }
            if (payment.automatic().isEmpty() && payment.manual().isEmpty()) {
                if (payment.firstSuggestion().isEmpty()) {
                    row.withoutResult++;
                } else {
                    row.withSuggestion++;
                    if (payment.firstSuggestion().equals(expected.invoices())) {
                        row.firstSuggestionRight++;
                    }
                }
            }
        }
        for (Map.Entry<String, List<Expected>> entry : truth.entrySet()) {
            if (!seen.contains(entry.getKey())) {
                for (Expected expected : entry.getValue()) {
                    rows.computeIfAbsent(expected.kind(), kind -> new Row()).notFound++;
                }
            }
        }
        Row all = new Row();
        for (Row row : rows.values()) {
            all.payments += row.payments;
            all.pairs += row.pairs;
            all.automaticRight += row.automaticRight;
            all.automaticWrong += row.automaticWrong;
            all.withSuggestion += row.withSuggestion;
            all.firstSuggestionRight += row.firstSuggestionRight;
            all.withoutResult += row.withoutResult;
            all.notFound += row.notFound;
        }
        rows.put("alle", all);
        return rows;
    }

    /**
     * Picks the truth entry for a payment among those with the same key: the one whose invoices
     * its automatic allocations name, else the first.
     */
    private static Expected pick(List<Expected> candidates, Stored payment) {
        for (Expected candidate : candidates) {
            if (!payment.automatic().isEmpty() && candidate.invoices().containsAll(payment.automatic())) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    private static void print(Map<String, Row> rows, PrintStream out) {
        out.println("Zuordnung geprüft gegen die erzeugten Daten (Paare = Zahlung und Rechnung, die sie bezahlt):");
        String columns = "  %-26s %9s %8s %12s %8s %10s %10s %8s%n";
        out.printf(columns, "Zahlungsart", "Zahlungen", "Paare", "auto richtig", "falsch", "Vorschlag", "1. richtig",
                "ohne");
        rows.forEach((kind, row) -> out.printf(Locale.GERMANY, columns, KIND_LABELS.getOrDefault(kind, kind),
                row.payments, row.pairs, row.automaticRight, row.automaticWrong, row.withSuggestion,
                row.firstSuggestionRight, row.withoutResult));
        Row all = rows.get("alle");
        if (all.pairs > 0) {
            out.printf(Locale.GERMANY, "  Ohne Person richtig zugeordnet: %.2f %% der Paare; falsch automatisch: %d%n",
                    100.0 * all.automaticRight / all.pairs, all.automaticWrong);
        }
        if (all.notFound > 0) {
            out.printf("  %d erzeugte Zahlungen fehlen im Hub (nicht importiert).%n", all.notFound);
        }
    }
}
