package de.debitum.shell.internal;

import org.apache.karaf.shell.api.console.Session;

/** Parses ids given on the command line and names the shell user as actor. */
final class Ids {

    private Ids() {
    }

    /** Parses a positive id, naming the value and the kind of id when it is invalid. */
    static long positive(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("Die Id (" + name + ") fehlt. / The " + name + " id is missing.");
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Falls through to the error below, which names the value.
        }
        throw new IllegalArgumentException("Ungültige Id \"" + value + "\" (" + name + "); erwartet eine positive Zahl."
                + " / Invalid " + name + " id \"" + value + "\": use a positive number.");
    }

    /** Returns {@code shell:USER} for the session's user, or {@code shell}. */
    static String actor(Session session) {
        Object user = session == null ? null : session.get("USER");
        return user == null ? "shell" : "shell:" + user;
    }
}
