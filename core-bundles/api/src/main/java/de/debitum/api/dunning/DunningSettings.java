package de.debitum.api.dunning;

import java.time.Instant;

/**
 * A tenant's stored dunning settings.
 *
 * @param policyText the policy in the dunning bundle's text format, or null for the default policy
 * @param autoSend   whether new notices go to output without approval; off until a tenant admin
 *                   turns it on
 * @param updatedAt  when the settings were last saved, or null when nothing was saved yet
 * @param updatedBy  who saved them, or null
 */
public record DunningSettings(String policyText, boolean autoSend, Instant updatedAt, String updatedBy) {

    /** The settings of a tenant that never saved any: default policy, automatic sending off. */
    public static final DunningSettings DEFAULT = new DunningSettings(null, false, null, null);
}
