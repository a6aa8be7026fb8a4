package de.debitum.dunning.policy;

/** How serious a policy violation is. */
public enum Severity {
    /** The policy cannot be saved or used. */
    ERROR,
    /** The policy works but is probably not what the tenant wants. */
    WARNING
}
