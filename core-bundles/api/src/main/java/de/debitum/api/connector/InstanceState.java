package de.debitum.api.connector;

/** Run state of a connector instance as the host tracks it. */
public enum InstanceState {
    /** Enabled and its routes are running. */
    RUNNING,
    /** Being started or stopped. */
    STARTING,
    /** Disabled by a tenant admin. */
    DISABLED,
    /** Enabled, but no bundle provides its connector type right now (stopped, updating, removed). */
    WAITING_FOR_TYPE,
    /** Its configuration does not fit the type's fields; a tenant admin must correct it. */
    INVALID_CONFIGURATION,
    /** Creating or starting its routes failed or timed out; the host retries with back-off. */
    FAILED
}
