package de.debitum.api.query;

/** Sort keys of a document list; ties are broken by id. */
public enum DocumentSort {
    DUE_DATE, ISSUE_DATE, NUMBER, AMOUNT
}
