package de.debitum.rest.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import de.debitum.api.company.CompanyLogo;
import de.debitum.api.company.CompanyProfile;
import de.debitum.api.connector.LocalizedText;
import de.debitum.output.letter.CompanyLetterhead;
import de.debitum.output.letter.LetterTexts;
import de.debitum.output.letter.RenderedLetter;
import de.debitum.rest.internal.http.Access;
import de.debitum.rest.internal.http.ApiException;
import de.debitum.rest.internal.http.ApiRequest;
import de.debitum.rest.internal.http.FileDownload;
import de.debitum.rest.internal.http.Json;
import de.debitum.rest.internal.http.Router;

/**
 * The tenant's company profile: sender, bank account and legal details of its letters, the
 * letterhead logo, and a sample reminder that shows the letterhead as debtors will see it.
 */
public final class CompanyResource {

    private final ApiServices services;

    public CompanyResource(ApiServices services) {
        this.services = services;
    }

    public void register(Router router) {
        router.add("GET", "/tenants/{t}/company-profile", Access.TENANT_READ, 200, "The tenant's company profile",
                this::get);
        router.addWithBody("PUT", "/tenants/{t}/company-profile", Access.TENANT_ADMIN, 200,
                "Create or replace the tenant's company profile", this::put);
        router.add("GET", "/tenants/{t}/company-profile/logo", Access.TENANT_READ, 200,
                "The letterhead logo as uploaded (image/png or image/jpeg)", this::logo);
        router.add("PUT", "/tenants/{t}/company-profile/logo", Access.TENANT_ADMIN, 200,
                "Upload or replace the letterhead logo: a PNG or JPEG file of at most 1 MiB as the body", this::putLogo);
        router.add("DELETE", "/tenants/{t}/company-profile/logo", Access.TENANT_ADMIN, 204,
                "Delete the letterhead logo", this::deleteLogo);
        router.add("GET", "/tenants/{t}/company-profile/letter-preview", Access.TENANT_READ, 200,
                "A sample first reminder (PDF) with the tenant's letterhead, logo and colour", this::letterPreview);
    }

    private Object get(ApiRequest request) {
        return services.companyProfiles().find(request.tenant()).map(CompanyResource::view)
                .orElseThrow(() -> ApiException.notFound(
                        "Für diesen Mandanten sind noch keine Firmendaten gespeichert.",
                        "No company profile is stored for this tenant yet."));
    }

    private Object put(ApiRequest request) throws Exception {
        JsonNode body = request.json();
        List<String> directors = new ArrayList<>();
        JsonNode names = body.path("managingDirectors");
        if (!names.isMissingNode() && !names.isNull()) {
            if (!names.isArray() || names.size() > 10) {
                throw ApiException.badRequest("'managingDirectors' muss eine Liste von höchstens 10 Namen sein.",
                        "'managingDirectors' must be a list of at most 10 names.");
            }
            names.forEach(name -> directors.add(name.asText()));
        }
        // The record checks every value and names the invalid one; the servlet turns that into 400.
        CompanyProfile profile = new CompanyProfile(text(body, "companyName"), text(body, "street"),
                text(body, "postcode"), text(body, "city"), text(body, "countryCode"), text(body, "email"),
                text(body, "phone"), text(body, "iban"), text(body, "bic"), text(body, "bankName"),
                text(body, "vatId"), text(body, "registerCourt"), text(body, "registerNumber"), directors,
                text(body, "accentColour"));
        return view(services.companyProfiles().save(request.tenant(), profile, actor(request)));
    }

    private Object logo(ApiRequest request) {
        CompanyLogo logo = services.companyProfiles().logo(request.tenant()).orElseThrow(() -> ApiException.notFound(
                "Für diesen Mandanten ist kein Logo hochgeladen.", "No logo is uploaded for this tenant."));
        String fileName = CompanyLogo.PNG.equals(logo.mediaType()) ? "logo.png" : "logo.jpg";
        return new FileDownload(logo.mediaType(), fileName, logo.content());
    }

    private Object putLogo(ApiRequest request) throws IOException {
        if (request.contentLength() > CompanyLogo.MAX_BYTES) {
            throw logoTooLarge(request.contentLength());
        }
        byte[] file;
        try (InputStream in = request.bodyStream()) {
            file = in.readNBytes(CompanyLogo.MAX_BYTES + 1);
        }
        if (file.length > CompanyLogo.MAX_BYTES) {
            throw logoTooLarge(-1);
        }
        // The store decodes the file and rejects anything but a PNG or JPEG image of 16 to 4000 pixels per side.
        CompanyLogo saved = services.companyProfiles().saveLogo(request.tenant(), file, actor(request));
        return Json.object("mediaType", saved.mediaType(), "size", file.length, "uploadedBy", saved.uploadedBy(),
                "uploadedAt", saved.uploadedAt().toString());
    }

    private Object deleteLogo(ApiRequest request) {
        if (!services.companyProfiles().deleteLogo(request.tenant())) {
            throw ApiException.notFound("Für diesen Mandanten ist kein Logo hochgeladen.",
                    "No logo is uploaded for this tenant.");
        }
        return null;
    }

    private Object letterPreview(ApiRequest request) {
        CompanyProfile company = services.companyProfiles().find(request.tenant()).orElseThrow(() ->
                ApiException.notFound("Für diesen Mandanten sind noch keine Firmendaten gespeichert; bitte zuerst die"
                        + " Firmendaten speichern.", "No company profile is stored for this tenant yet: save the"
                        + " company data first."));
        byte[] logo = services.companyProfiles().logo(request.tenant()).map(CompanyLogo::content).orElse(null);
        RenderedLetter letter = services.letterRenderer().render(CompanyLetterhead.sampleReminder(
                CompanyLetterhead.of(company, logo), LocalDate.now(services.clock())), LetterTexts.defaults());
        return new FileDownload("application/pdf", "musterbrief.pdf", letter.pdf());
    }

    private static ApiException logoTooLarge(long size) {
        String sizeDe = size < 0 ? "mehr als " + CompanyLogo.MAX_BYTES : String.valueOf(size);
        String sizeEn = size < 0 ? "more than " + CompanyLogo.MAX_BYTES : String.valueOf(size);
        return new ApiException(413, "payload_too_large", LocalizedText.of(
                "Das Logo hat " + sizeDe + " Bytes, erlaubt sind höchstens " + CompanyLogo.MAX_BYTES
                        + " (1 MiB). Bitte eine kleinere PNG- oder JPEG-Datei hochladen.",
                "The logo has " + sizeEn + " bytes, at most " + CompanyLogo.MAX_BYTES
                        + " (1 MiB) are allowed. Upload a smaller PNG or JPEG file."));
    }

    private static String actor(ApiRequest request) {
        return request.principal().apiKeyId() == null ? request.principal().name()
                : "api-key:" + request.principal().name();
    }

    private static String text(JsonNode body, String field) {
        return Json.optionalText(body, field, 300);
    }

    static Map<String, Object> view(CompanyProfile profile) {
        return Json.object("companyName", profile.companyName(), "street", profile.street(),
                "postcode", profile.postcode(), "city", profile.city(), "countryCode", profile.countryCode(),
                "email", profile.email(), "phone", profile.phone(), "iban", profile.iban(), "bic", profile.bic(),
                "bankName", profile.bankName(), "vatId", profile.vatId(), "registerCourt", profile.registerCourt(),
                "registerNumber", profile.registerNumber(), "managingDirectors", profile.managingDirectors(),
                "accentColour", profile.accentColour());
    }
}
