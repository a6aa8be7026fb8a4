package de.debitum.connector.bankstatement.internal.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an MT940/MT942 text into fields and statements and reads each statement on its own, so a
 * broken statement is rejected and the others of the file still go through.
 *
 * <p>A line starts a field only when it begins with a tag this format uses. Inside {@code :86:},
 * where free text can wrap so that a line begins with something like {@code :44:45} (the end of a
 * time 20:44:45), only the tags that may follow {@code :86:} end the field.
 */
final class Mt940Parser {

    private static final Pattern TAG_LINE = Pattern.compile("^:(\\d{2}[A-Z]?|NS):(.*)$");
    private static final Set<String> KNOWN_TAGS = Set.of("20", "21", "25", "28", "28C", "60F", "60M", "61", "86",
            "62F", "62M", "64", "65", "34F", "13", "13D", "90D", "90C", "NS");
    /**
     * Tags that may follow a {@code :86:} within a statement. {@code :20:} may follow only after a
     * closing balance or when a statement header comes next.
     */
    private static final Set<String> AFTER_DETAILS = Set.of("61", "62F", "62M", "64", "65", "86", "90D", "90C", "NS");
    /** SWIFT envelope lines around the text block ("{1:F01...}{2:...}{4:", "-}"). */
    private static final Pattern ENVELOPE = Pattern.compile("^(\\{\\d:.*|-?\\}.*)$");

    /** One tagged field: its tag, its value (continuation lines joined by line breaks), its first line. */
    record Field(String tag, String value, int line) {
    }

    private Mt940Parser() {
    }

    static ParseResult parse(String fileName, String text, String encoding) {
        List<List<Field>> blocks = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        split(text, blocks);
        if (blocks.isEmpty() && rejections.isEmpty()) {
            return ParseResult.rejected(fileName, null, new InvalidStatementException(null, new Message(
                    "Die Datei enthält keinen MT940-Kontoauszug.", "The file contains no MT940 statement."),
                    null, "Zeilen wie :20:, :25:, :60F:, :61:, :86:, :62F:").toRejection(null));
        }

        List<Statement> statements = new ArrayList<>();
        Map<String, ExternalIds> idsByAccount = new HashMap<>();
        StatementFormat format = null;
        for (List<Field> block : blocks) {
            String id = block.get(0).value().trim();
            try {
                Statement statement = Mt940StatementReader.read(block, idsByAccount);
                statements.add(statement);
                format = format == null ? statement.format() : format;
            } catch (InvalidStatementException e) {
                rejections.add(e.toRejection(id));
            }
        }
        if (format == null) {
            format = blocks.stream().flatMap(List::stream).anyMatch(field -> field.tag().equals("13D")
                    || field.tag().equals("34F")) ? StatementFormat.MT942 : StatementFormat.MT940;
        }
        return new ParseResult(fileName, format, encoding, ReversalLinker.link(statements), rejections);
    }

    /**
     * Returns whether the line after {@code index} starts a statement header ({@code :21:} or
     * {@code :25:}). That distinguishes a real {@code :20:} from text such as ":20:44:45" in an MT942,
     * which has no closing balance to end its last entry.
     */
    private static boolean headerFollows(String[] lines, int index) {
        return index + 1 < lines.length && (lines[index + 1].startsWith(":21:") || lines[index + 1].startsWith(":25:"));
    }

    /**
     * Groups the lines into fields and the fields into statements. A statement starts at {@code :20:}
     * and ends at a line "-" or at the next {@code :20:}. Lines before the first {@code :20:} (bank
     * headers such as "ABNANL2A" / "940") are skipped.
     */
    private static void split(String text, List<List<Field>> blocks) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Field> current = null;
        String tag = null;
        StringBuilder value = null;
        int fieldLine = 0;
        boolean closingSeen = false;

        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = i + 1;
            Matcher matcher = TAG_LINE.matcher(line);
            boolean tagged = line.startsWith(":") && matcher.matches() && KNOWN_TAGS.contains(matcher.group(1));
            if (tagged && "86".equals(tag)) {
                String next = matcher.group(1);
                tagged = AFTER_DETAILS.contains(next) || ("20".equals(next) && (closingSeen || headerFollows(lines, i)));
            }

            if (tagged && "20".equals(matcher.group(1))) {
                // A new statement starts, so close the open one.
                if (current != null) {
                    current.add(new Field(tag, value.toString(), fieldLine));
                    blocks.add(current);
                }
                current = new ArrayList<>();
                tag = "20";
                value = new StringBuilder(matcher.group(2));
                fieldLine = lineNumber;
                closingSeen = false;
            } else if (current == null) {
                continue;
            } else if (line.trim().equals("-") || ENVELOPE.matcher(line.trim()).matches()) {
                current.add(new Field(tag, value.toString(), fieldLine));
                blocks.add(current);
                current = null;
                tag = null;
            } else if (tagged) {
                current.add(new Field(tag, value.toString(), fieldLine));
                tag = matcher.group(1);
                value = new StringBuilder(matcher.group(2));
                fieldLine = lineNumber;
                closingSeen |= tag.startsWith("62");
            } else if (line.isBlank()) {
                continue;
            } else {
                // A continuation line. The field's reader rejects it where the field is one line only.
                value.append('\n').append(line);
            }
        }
        if (current != null) {
            current.add(new Field(tag, value.toString(), fieldLine));
            blocks.add(current);
        }
    }
}
