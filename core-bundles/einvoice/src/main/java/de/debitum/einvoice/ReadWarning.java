package de.debitum.einvoice;

import java.util.Objects;

/** Something the reader noticed and imported anyway, with a message for the import report. */
public record ReadWarning(WarningCode code, String messageDe, String messageEn) {

    public ReadWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageDe, "messageDe");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
