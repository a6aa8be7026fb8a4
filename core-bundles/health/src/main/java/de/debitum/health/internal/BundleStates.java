package de.debitum.health.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

import de.debitum.api.health.ComponentHealth;

/** Checks that every installed bundle is active (fragments: resolved). */
final class BundleStates {

    private BundleStates() {
    }

    static ComponentHealth check(Bundle[] bundles) {
        List<String> inactive = new ArrayList<>();
        int active = 0;
        for (Bundle bundle : bundles) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() == expected) {
                active++;
            } else {
                inactive.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " (id " + bundle.getBundleId()
                        + ", " + stateName(bundle.getState()) + ")");
            }
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("active", String.valueOf(active));
        details.put("installed", String.valueOf(bundles.length));
        if (inactive.isEmpty()) {
            return ComponentHealth.up("bundles", "All " + bundles.length + " bundles are active.", details);
        }
        details.put("inactive", String.join("; ", inactive));
        return ComponentHealth.down("bundles", inactive.size() + " bundles are not active: " + String.join("; ", inactive)
                + ". Run 'bundle:diag <id>' in the Karaf shell to see why.", details);
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "state " + state;
        };
    }
}
