package de.debitum.output;

/** How the connection to the SMTP server is protected. */
public enum TlsMode {
    /** Plain SMTP, usually port 25; only for a relay in the company's own network. */
    NONE,
    /** SMTP upgraded with STARTTLS, usually port 587; the server must offer it. */
    STARTTLS,
    /** SMTP inside TLS from the first byte (SMTPS), usually port 465. */
    TLS
}
