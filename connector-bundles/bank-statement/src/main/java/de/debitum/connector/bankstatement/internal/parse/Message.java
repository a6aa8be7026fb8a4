package de.debitum.connector.bankstatement.internal.parse;

import java.util.Objects;

/** A sentence for end users, German first with an English variant beside it. */
public record Message(String german, String english) {

    public Message {
        Objects.requireNonNull(german, "german");
        Objects.requireNonNull(english, "english");
    }

    @Override
    public String toString() {
        return german;
    }
}
