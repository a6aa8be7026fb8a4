package de.debitum.output.internal.delivery;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import de.debitum.api.output.NewOutboxEntry;
import de.debitum.output.OutputException;

/** Checks of the values of a delivery request, with messages in German and English. */
final class Requests {

    /** The lines of a postal address, name included, that fit the DIN 5008 address field. */
    static final int MAX_ADDRESS_LINES = 6;

    private Requests() {
    }

    static String text(String germanName, String englishName, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new OutputException(germanName + " fehlt.", "The " + englishName + " is missing.");
        }
        if (value.length() > max) {
            throw new OutputException(germanName + " hat " + value.length() + " Zeichen; erlaubt sind höchstens " + max + ".",
                    "The " + englishName + " has " + value.length() + " characters; at most " + max + " are allowed.");
        }
        // Line breaks and other control characters would end an e-mail header early.
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new OutputException(germanName + " '" + value.strip() + "' enthält Steuerzeichen wie Zeilenumbrüche. Bitte entfernen.",
                    "The " + englishName + " '" + value.strip() + "' contains control characters such as line breaks. Remove them.");
        }
        return value.strip();
    }

    static String postalAddress(List<String> lines) {
        if (lines.isEmpty() || lines.size() > MAX_ADDRESS_LINES) {
            throw new OutputException("Die Anschrift hat " + lines.size() + " Zeilen; erlaubt sind 1 bis " + MAX_ADDRESS_LINES + ".",
                    "The postal address has " + lines.size() + " lines; 1 to " + MAX_ADDRESS_LINES + " are allowed.");
        }
        StringBuilder address = new StringBuilder();
        for (String line : lines) {
            String text = text("Eine Zeile der Anschrift", "address line", line, 90);
            address.append(address.isEmpty() ? "" : "\n").append(text);
        }
        return address.toString();
    }

    /** Returns a file name such as {@code Zahlungserinnerung-M-2026-000417.pdf}, in ASCII letters, digits and hyphens. */
    static String fileName(String subject, String number) {
        String title = subject.contains(" Nr. ") ? subject.substring(0, subject.indexOf(" Nr. "))
                : subject.contains(" no. ") ? subject.substring(0, subject.indexOf(" no. ")) : subject;
        String ascii = Normalizer.normalize(title + "-" + number, Normalizer.Form.NFD)
                .replace("ß", "ss")
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return (ascii.length() > 150 ? ascii.substring(0, 150) : ascii) + ".pdf";
    }

    static byte[] pdf(byte[] pdf) {
        if (pdf.length > NewOutboxEntry.MAX_PDF_BYTES) {
            throw new OutputException("Das PDF hat " + pdf.length + " Bytes; erlaubt sind höchstens " + NewOutboxEntry.MAX_PDF_BYTES + ".",
                    "The PDF has " + pdf.length + " bytes; at most " + NewOutboxEntry.MAX_PDF_BYTES + " are allowed.");
        }
        if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new OutputException("Das Dokument ist kein PDF (es beginnt nicht mit %PDF-).",
                    "The document is not a PDF (it does not start with %PDF-).");
        }
        return pdf;
    }
}
