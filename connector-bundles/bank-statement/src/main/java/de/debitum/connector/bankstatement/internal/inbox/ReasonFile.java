package de.debitum.connector.bankstatement.internal.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.debitum.connector.bankstatement.internal.parse.Message;

/**
 * The text file {@code <file>.reason.txt} beside a held file in {@code .error}: what is wrong and
 * what to do, in German and then in English.
 */
final class ReasonFile {

    static final String SUFFIX = ".reason.txt";

    private ReasonFile() {
    }

    /** Writes the reason file for {@code heldFile}, replacing an older one of the same name. */
    static Path write(Path heldFile, FilePlan.Hold hold, boolean partlyStored) throws IOException {
        Path reasonFile = heldFile.resolveSibling(heldFile.getFileName() + SUFFIX);
        Files.writeString(reasonFile, text(heldFile.getFileName().toString(), hold, partlyStored), StandardCharsets.UTF_8);
        return reasonFile;
    }

    static String text(String fileName, FilePlan.Hold hold, boolean partlyStored) {
        StringBuilder text = new StringBuilder();
        text.append(partlyStored
                ? "Die Datei " + fileName + " wurde nur zum Teil importiert; die übrigen Zahlungen sind gespeichert."
                : "Die Datei " + fileName + " wurde nicht importiert.").append('\n');
        appendList(text, "Gründe:", hold.reasons(), true);
        appendList(text, "Was ist zu tun:", hold.todos(), true);
        text.append('\n');
        text.append(partlyStored
                ? "The file " + fileName + " was imported only in part; the other payments are stored."
                : "The file " + fileName + " was not imported.").append('\n');
        appendList(text, "Reasons:", hold.reasons(), false);
        appendList(text, "What to do:", hold.todos(), false);
        text.append(partlyStored
                ? "\nErneut eingelegt zählt die Datei keine Zahlung doppelt. / Re-dropped, the file counts no payment twice.\n"
                : "");
        return text.toString();
    }

    private static void appendList(StringBuilder text, String heading, List<Message> messages, boolean german) {
        text.append(heading).append('\n');
        for (Message message : messages) {
            text.append("- ").append(german ? message.german() : message.english()).append('\n');
        }
    }
}
