package de.debitum.api.health;

/** State of one checked component or of the whole hub. */
public enum HealthStatus {
    /** Working as expected. */
    UP,
    /** Not working; the hub cannot do its job until someone acts. */
    DOWN;

    /** Combines two states: the result is DOWN when either is DOWN. */
    public HealthStatus and(HealthStatus other) {
        return this == DOWN || other == DOWN ? DOWN : UP;
    }
}
