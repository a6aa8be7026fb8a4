package de.debitum.rest.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import de.debitum.api.connector.ConnectorBundle;
import de.debitum.api.connector.ConnectorBundleService;
import de.debitum.api.connector.ConnectorBundleService.RejectedBundleException;
import de.debitum.api.connector.ConnectorHostService;
import de.debitum.api.connector.ConnectorTypeInfo;
import de.debitum.api.connector.InstanceStatus;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * Connector bundles for operators: which version of each type is active and which instances use it,
 * upload of a jar or KAR, rollback to the previous upload, and uninstall.
 */
public final class BundleResource {

    private static final int MAX_FILE_NAME_LENGTH = 200;

    private final ConnectorBundleService bundles;
    private final ConnectorHostService host;

    /** Creates the resource; the services may be null only where the routes are listed but never called. */
    public BundleResource(ConnectorBundleService bundles, ConnectorHostService host) {
        this.bundles = bundles;
        this.host = host;
    }

    public void register(Router router) {
        router.add("GET", "/bundles", Access.OPERATOR, 200,
                "Connector bundles with state and the version of each connector type they register", this::list);
        router.add("POST", "/bundles", Access.OPERATOR, 201,
                "Install or upgrade a connector from a bundle jar or KAR sent as the raw body", this::install,
                "name", "File name of the upload, used in messages and as the KAR's name");
        router.add("POST", "/bundles/{id}/rollback", Access.OPERATOR, 200,
                "Install the version of a connector bundle uploaded before its current one; 409 when none is stored",
                this::rollBack);
        router.add("DELETE", "/bundles/{id}", Access.OPERATOR, 204,
                "Uninstall a connector bundle; its instances keep their configuration", this::uninstall);
    }

    private Object list(ApiRequest request) {
        return views(bundles.list());
    }

    private Object install(ApiRequest request) throws IOException {
        long limit = bundles.maxBytes();
        if (request.contentLength() > limit) {
            throw ApiException.tooLarge(limit);
        }
        byte[] content;
        try (InputStream in = request.bodyStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (content.length > limit) {
            throw ApiException.tooLarge(limit);
        }
        if (content.length == 0) {
            throw ApiException.badRequest("Der Inhalt ist leer. Bitte das Bundle-JAR oder KAR als Inhalt der Anfrage senden.",
                    "The body is empty. Send the bundle jar or KAR as the request body.");
        }
        // Read after the body: with a form content type, the servlet container would consume the body for parameters.
        String name = request.query("name");
        if (name == null || name.isBlank()) {
            name = "upload";
        }
        if (name.length() > MAX_FILE_NAME_LENGTH) {
            throw ApiException.badRequest("Der Dateiname ist länger als " + MAX_FILE_NAME_LENGTH + " Zeichen.",
                    "The file name is longer than " + MAX_FILE_NAME_LENGTH + " characters.");
        }
        try {
            return views(bundles.install(name, content));
        } catch (RejectedBundleException e) {
            throw ApiException.badRequest(e.text().de(), e.text().en());
        }
    }

    private Object rollBack(ApiRequest request) {
        try {
            return views(bundles.rollBack(request.pathId("id")));
        } catch (RejectedBundleException e) {
            throw ApiException.conflict(e.text().de(), e.text().en());
        }
    }

    private Object uninstall(ApiRequest request) {
        try {
            bundles.uninstall(request.pathId("id"));
        } catch (RejectedBundleException e) {
            throw ApiException.conflict(e.text().de(), e.text().en());
        }
        return null;
    }

    /** Returns the bundles as JSON objects, each with the instances of all tenants that use one of its types. */
    private List<Object> views(List<ConnectorBundle> list) {
        List<InstanceStatus> statuses = host.statuses();
        List<Object> result = new ArrayList<>();
        for (ConnectorBundle bundle : list) {
            List<Object> types = new ArrayList<>();
            List<Object> instances = new ArrayList<>();
            for (ConnectorTypeInfo type : bundle.types()) {
                types.add(Json.object("id", type.id(), "version", type.version()));
                for (InstanceStatus status : statuses) {
                    if (type.id().equals(status.typeId())) {
                        instances.add(Json.object("tenant", status.tenant().value(), "id", status.instanceId(),
                                "typeId", status.typeId(), "state", status.state().name()));
                    }
                }
            }
            result.add(Json.object("id", bundle.id(), "symbolicName", bundle.symbolicName(), "version", bundle.version(),
                    "state", bundle.state(), "location", bundle.location(), "previousVersion", bundle.previousVersion(),
                    "types", types, "instances", instances));
        }
        return result;
    }
}
