package de.debitum.connector.einvoice.internal.importing;

import java.util.List;

import de.debitum.api.connector.LocalizedText;

/**
 * The text that informs a person of the outcome of a file or a mail and what to do: German first,
 * then English. It is the content of a reason file beside a file and the body of the note beside a
 * rejected mail.
 */
public final class ReasonText {

    private ReasonText() {
    }

    /**
     * Returns the text for the outcomes of one file or one mail.
     *
     * @param subjectDe the file or mail as German text, such as {@code Die Datei a.pdf}
     * @param subjectEn the same in English, such as {@code The file a.pdf}
     */
    public static String of(String subjectDe, String subjectEn, List<FileOutcome> outcomes) {
        StringBuilder text = new StringBuilder();
        append(text, true, subjectDe, outcomes);
        text.append('\n');
        append(text, false, subjectEn, outcomes);
        return text.toString();
    }

    private static void append(StringBuilder text, boolean german, String subject, List<FileOutcome> outcomes) {
        long stored = outcomes.stream().filter(FileOutcome::stored).count();
        if (outcomes.isEmpty()) {
            text.append(german
                    ? subject + " enthält keinen Anhang im Format PDF oder XML und wurde nicht importiert.\n"
                            + "Was ist zu tun: die E-Rechnung als PDF- oder XML-Anhang erneut senden.\n"
                    : subject + " has no PDF or XML attachment and was not imported.\n"
                            + "What to do: send the e-invoice again as a PDF or XML attachment.\n");
            return;
        }
        if (stored == outcomes.size()) {
            text.append(german ? subject + " wurde importiert, mit Hinweisen.\n"
                    : subject + " was imported, with notes.\n");
        } else if (stored == 0) {
            text.append(german ? subject + " wurde nicht importiert.\n" : subject + " was not imported.\n");
        } else {
            text.append(german ? subject + " wurde nur zum Teil importiert.\n" : subject + " was imported only in part.\n");
        }
        for (FileOutcome outcome : outcomes) {
            String number = outcome.number() == null ? "" : (german ? " (Rechnung " : " (invoice ") + outcome.number() + ")";
            text.append("\n").append(outcome.fileName()).append(number).append(": ")
                    .append(outcome.stored() ? (german ? "importiert" : "imported")
                            : (german ? "abgelehnt" : "rejected"))
                    .append('\n');
            appendList(text, german ? "Gründe:" : "Reasons:", outcome.reasons(), german);
            appendList(text, german ? "Hinweise:" : "Notes:", outcome.notes(), german);
        }
        if (stored < outcomes.size()) {
            text.append(german
                    ? "\nWas ist zu tun: die Rechnung berichtigen lassen und erneut einliefern; bereits importierte"
                            + " Rechnungen werden dabei nicht doppelt gespeichert.\n"
                    : "\nWhat to do: have the invoice corrected and deliver it again; invoices already imported are"
                            + " not stored twice.\n");
        }
    }

    private static void appendList(StringBuilder text, String heading, List<LocalizedText> messages, boolean german) {
        if (messages.isEmpty()) {
            return;
        }
        text.append(heading).append('\n');
        for (LocalizedText message : messages) {
            text.append("- ").append(german ? message.de() : message.en()).append('\n');
        }
    }
}
