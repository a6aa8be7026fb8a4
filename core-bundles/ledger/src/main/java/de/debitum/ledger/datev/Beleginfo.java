package de.debitum.ledger.datev;

import java.util.Objects;

/**
 * One Beleginfo pair of a booking (Buchungsstapel columns 21-36): a kind of information (Art, at
 * most 20 characters) and its content (Inhalt, at most 210 characters). DATEV wants both filled.
 */
public record Beleginfo(String art, String inhalt) {

    public Beleginfo {
        Objects.requireNonNull(art, "art");
        Objects.requireNonNull(inhalt, "inhalt");
    }
}
