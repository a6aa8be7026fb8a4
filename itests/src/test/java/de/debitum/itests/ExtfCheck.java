package de.debitum.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DATEV EXTF file on its own, without the writer's code: Windows-1252, CRLF line ends,
 * the header record, the column names, and the same number of fields in every row.
 */
final class ExtfCheck {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ExtfCheck() {
    }

    static void check(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, WINDOWS_1252);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                assertTrue(file.getFileName() + ": line feed without carriage return at " + i,
                        i > 0 && text.charAt(i - 1) == '\r');
            }
        }
        String[] lines = text.split("\r\n");
        assertTrue(file.getFileName() + ": fewer than three lines", lines.length >= 3);
        List<String> header = fields(lines[0]);
        assertEquals(file.getFileName() + ": header starts with EXTF", "EXTF", header.get(0));
        assertTrue(file.getFileName() + ": format category in the header", header.get(2).matches("16|21"));
        int columns = fields(lines[1]).size();
        assertTrue(file.getFileName() + ": column line has columns", columns > 10);
        for (int row = 2; row < lines.length; row++) {
            if (lines[row].isEmpty()) {
                continue;
            }
            List<String> values = fields(lines[row]);
            assertEquals(file.getFileName() + ": fields in row " + (row + 1), columns, values.size());
            if ("21".equals(header.get(2))) {
                assertTrue(file.getFileName() + ": Umsatz in row " + (row + 1) + " is " + values.get(0),
                        values.get(0).matches("[0-9]{1,10},[0-9]{2}"));
                assertFalse(file.getFileName() + ": Soll/Haben in row " + (row + 1),
                        !values.get(1).equals("S") && !values.get(1).equals("H"));
            }
        }
    }

    /** Splits a line at semicolons outside quotes; doubled quotes inside quotes are one quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
