package de.debitum.api.ledger;

/** DATEV standard chart of accounts (Standardkontenrahmen) a tenant books in. */
public enum Chart {
    SKR03,
    SKR04
}
