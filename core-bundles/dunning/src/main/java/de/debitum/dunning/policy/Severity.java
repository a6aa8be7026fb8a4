package de.debitum.dunning.policy;

/** The seriousness of a policy violation. */
public enum Severity {
    /** The policy cannot be saved or used. */
    ERROR,
    /** The policy works but is probably not what the tenant wants. */
    WARNING
}
