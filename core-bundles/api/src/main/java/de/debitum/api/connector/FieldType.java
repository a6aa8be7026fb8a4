package de.debitum.api.connector;

/** Type of a configuration field; it decides the form control and the check of a value. */
public enum FieldType {
    /** Free text. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An absolute folder or file path on the hub's machine. */
    PATH,
    /** An http or https URL. */
    URL,
    /** An e-mail address. */
    EMAIL,
    /** A duration in ISO-8601 form, such as {@code PT5M}. */
    DURATION,
    /** One of the values listed in the field's choices. */
    CHOICE
}
