package de.debitum.connector.bankstatement.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the hand-written statements under {@code src/test/resources/statements}. */
final class Statements {

    private Statements() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Statements.class.getResourceAsStream("/statements/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Test resource not found: /statements/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseResult read(String name) {
        return StatementReader.read(name, bytes(name));
    }
}
