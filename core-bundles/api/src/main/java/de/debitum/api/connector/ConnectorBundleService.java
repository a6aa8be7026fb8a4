package de.debitum.api.connector;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Installs, upgrades and uninstalls connector bundles while the hub runs. Instances are desired
 * state in the database, so uninstalling a bundle stops its types' instances but keeps their
 * configuration; they start again when a bundle registers the type anew.
 *
 * @since 1.1
 */
@ProviderType
public interface ConnectorBundleService {

    /** Returns the maximum size of an uploaded bundle jar or KAR in bytes. */
    long maxBytes();

    /**
     * Lists the connector bundles: every bundle that registers a connector type, and every bundle
     * installed through this service, with its state and the types it registers now.
     */
    List<ConnectorBundle> list();

    /**
     * Installs a bundle jar or a KAR and starts what it contains. A jar whose symbolic name is
     * installed already updates that bundle, so the version changes in place.
     *
     * @param fileName the uploaded file's name, used in messages and for the KAR's file name
     * @param content  the whole file, at most {@link #maxBytes()} bytes
     * @return the installed or updated bundles
     * @throws RejectedBundleException when the content is neither a connector bundle jar nor a
     *                                 KAR, or the framework cannot install or start it
     */
    List<ConnectorBundle> install(String fileName, byte[] content);

    /**
     * Uninstalls a connector bundle. Its types' instances stop and keep their configuration.
     *
     * @throws de.debitum.api.store.NotFoundException when no connector bundle has this id
     * @throws RejectedBundleException when the framework cannot uninstall it
     */
    void uninstall(long bundleId);

    /**
     * Installs the version of a connector bundle that was uploaded before its current one, from the
     * stored upload (a jar or the whole KAR). The version it replaces becomes the previous one, so a
     * second rollback returns to the newer version.
     *
     * @return the installed bundles, as {@link #install} returns them
     * @throws de.debitum.api.store.NotFoundException when no connector bundle has this id
     * @throws RejectedBundleException when no earlier upload is stored, or the framework cannot
     *                                 install or start it
     * @since 1.2
     */
    List<ConnectorBundle> rollBack(long bundleId);

    /** An upload that cannot be installed, with a message in German and English that says why and what to do. */
    final class RejectedBundleException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient LocalizedText text;

        public RejectedBundleException(LocalizedText text) {
            super(text.en());
            this.text = text;
        }

        public RejectedBundleException(LocalizedText text, Throwable cause) {
            super(text.en(), cause);
            this.text = text;
        }

        public LocalizedText text() {
            return text;
        }
    }
}
