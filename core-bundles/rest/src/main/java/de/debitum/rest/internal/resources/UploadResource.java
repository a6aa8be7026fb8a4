package de.debitum.rest.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.debitum.api.connector.ConnectorInstance;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * {@code POST /tenants/{t}/uploads?kind=...}: writes the body into the inbox folder of the tenant's
 * enabled connector instance of that kind, so that the connector imports it as any file put there.
 */
public final class UploadResource {

    private static final Logger LOG = LoggerFactory.getLogger(UploadResource.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Upload kinds. Each names the connector type and a configuration value the instance must
     * have: key, value, and whether a missing key counts as that value. The extensions are those
     * its file name pattern accepts; the first is used when the request names no file.
     */
    enum Kind {
        BANK_STATEMENT("bank-statement", "bank-statement", null, null, false, List.of("xml", "sta", "mt940", "txt")),
        CSV_INVOICES("csv-invoices", "csv", "recordKind", "invoices", false, List.of("csv", "txt")),
        CSV_PAYMENTS("csv-payments", "csv", "recordKind", "payments", false, List.of("csv", "txt")),
        EINVOICE("einvoice", "einvoice-mailbox", "mode", "folder", true, List.of("pdf", "xml"));

        final String value;
        final String typeId;
        final String key;
        final String expected;
        final boolean missingMatches;
        final List<String> extensions;

        Kind(String value, String typeId, String key, String expected, boolean missingMatches, List<String> extensions) {
            this.value = value;
            this.typeId = typeId;
            this.key = key;
            this.expected = expected;
            this.missingMatches = missingMatches;
            this.extensions = extensions;
        }

        boolean accepts(ConnectorInstance instance) {
            if (!instance.enabled() || !instance.typeId().equals(typeId)) {
                return false;
            }
            if (key == null) {
                return true;
            }
            String actual = instance.configuration().get(key);
            return actual == null ? missingMatches : actual.equals(expected);
        }

        static Optional<Kind> of(String value) {
            for (Kind kind : values()) {
                if (kind.value.equals(value)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private final ApiServices services;

    public UploadResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.add("POST", "/tenants/{t}/uploads", Access.TENANT_ADMIN, 202,
                "Hand the body (a file) to the tenant's enabled connector instance of that kind", this::upload,
                "kind", "bank-statement, csv-invoices, csv-payments or einvoice",
                "filename", "name of the file, for its extension and for people");
    }

    private Object upload(ApiRequest request) throws IOException {
        String kindValue = request.query("kind");
        Kind kind = Kind.of(kindValue).orElseThrow(() -> ApiException.badRequest(
                "Ungültige Art '" + kindValue + "': erlaubt sind bank-statement, csv-invoices, csv-payments, einvoice.",
                "Invalid kind '" + kindValue + "': use bank-statement, csv-invoices, csv-payments or einvoice."));
        String fileName = fileName(request.query("filename"), kind);
        if (request.contentLength() > services.uploadMaxBytes()) {
            throw ApiException.tooLarge(services.uploadMaxBytes());
        }

        ConnectorInstance instance = services.instances().list(request.tenant()).stream().filter(kind::accepts)
                .findFirst().orElseThrow(() -> ApiException.conflict(
                        "Der Mandant hat keine aktive Connector-Instanz für '" + kind.value + "' (Typ " + kind.typeId
                                + "). Bitte eine anlegen und aktivieren, dann erneut hochladen.",
                        "The tenant has no enabled connector instance for '" + kind.value + "' (type " + kind.typeId
                                + "). Set one up and enable it, then upload again."));
        String folderValue = instance.configuration().get("folder");
        if (folderValue == null || folderValue.isBlank()) {
            throw ApiException.conflict("Die Instanz '" + instance.id() + "' hat keinen Eingangsordner.",
                    "The instance '" + instance.id() + "' has no inbox folder.");
        }
        Path folder = Path.of(folderValue);
        if (!Files.isDirectory(folder)) {
            throw ApiException.conflict("Der Eingangsordner der Instanz '" + instance.id() + "' fehlt. Bitte den Ordner"
                    + " anlegen oder die Instanz berichtigen.", "The inbox folder of the instance '" + instance.id()
                    + "' is missing. Create the folder or correct the instance.");
        }

        String target = STAMP.format(services.clock().instant()) + "-" + HexFormat.of().toHexDigits((short) RANDOM.nextInt())
                + "-" + fileName;
        // A leading dot hides the partial file from the connector, which skips hidden files; the
        // rename makes the whole file appear at once.
        Path partial = folder.resolve("." + target + ".part");
        try (InputStream in = request.bodyStream();
             OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
            copyBounded(in, out, services.uploadMaxBytes());
            out.close();
            Files.move(partial, folder.resolve(target), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        LOG.info("Upload for tenant '{}' written to the inbox of connector instance '{}' as {}", request.tenant(),
                instance.id(), target);
        return Json.object("instanceId", instance.id(), "file", target);
    }

    /** Returns a safe file name with an extension the connector accepts. */
    static String fileName(String requested, Kind kind) {
        if (requested == null) {
            return "upload." + kind.extensions.get(0);
        }
        String normalized = requested.replace('\\', '/');
        String base = normalized.substring(normalized.lastIndexOf('/') + 1);
        String safe = UNSAFE.matcher(base).replaceAll("_");
        while (safe.startsWith(".")) {
            safe = safe.substring(1);
        }
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100);
        }
        int dot = safe.lastIndexOf('.');
        String extension = dot < 0 ? "" : safe.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (safe.isEmpty() || !kind.extensions.contains(extension)) {
            throw ApiException.badRequest("Der Dateiname '" + requested + "' passt nicht: für '" + kind.value
                    + "' sind die Endungen " + kind.extensions + " erlaubt.", "The file name '" + requested
                    + "' does not fit: '" + kind.value + "' accepts the extensions " + kind.extensions + ".");
        }
        return safe;
    }

    private static void copyBounded(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                throw ApiException.tooLarge(limit);
            }
            out.write(buffer, 0, read);
        }
        if (total == 0) {
            throw ApiException.badRequest("Die hochgeladene Datei ist leer.", "The uploaded file is empty.");
        }
    }
}
