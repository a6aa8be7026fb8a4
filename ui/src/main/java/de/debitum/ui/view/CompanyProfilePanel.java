package de.debitum.ui.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import de.debitum.ui.client.HubClient;
import de.debitum.ui.client.HubException;
import de.debitum.ui.client.SettingsApi;
import de.debitum.ui.client.SettingsApi.CompanyProfile;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenant's company data and letterhead: every field of the company profile, the accent
 * colour with a swatch, the logo upload, and a link that opens the sample reminder as PDF.
 */
final class CompanyProfilePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CompanyProfilePanel.class);

    /** The largest logo the hub accepts, 1 MiB. */
    static final int MAX_LOGO_BYTES = 1024 * 1024;
    static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** Field names of the hub's company profile with their maximum lengths. */
    private static final Map<String, Integer> FIELDS = fields();

    private final transient SettingsApi settings;
    private final String tenant;
    private final Texts texts;
    private final Map<String, TextField> inputs = new LinkedHashMap<>();
    private final TextArea directors = new TextArea();
    private final Div swatch = new Div();
    private final Span error = new Span();
    private final Span logoError = new Span();
    private final Div logoBox = new Div();

    CompanyProfilePanel(SettingsApi settings, String tenant, Texts texts) {
        this.settings = settings;
        this.tenant = tenant;
        this.texts = texts;
        setId("company-profile");
        setPadding(false);

        add(new H3(texts.get("company.title")), createForm());
        add(new H3(texts.get("company.letterhead")), createLetterhead());
        load();
        showLogo();
    }

    private static Map<String, Integer> fields() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put("companyName", 200);
        fields.put("street", 200);
        fields.put("postcode", 20);
        fields.put("city", 100);
        fields.put("countryCode", 2);
        fields.put("email", 200);
        fields.put("phone", 50);
        fields.put("iban", 42);
        fields.put("bic", 11);
        fields.put("bankName", 100);
        fields.put("vatId", 20);
        fields.put("registerCourt", 100);
        fields.put("registerNumber", 50);
        fields.put("accentColour", 7);
        return fields;
    }

    private VerticalLayout createForm() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        FIELDS.forEach((name, maxLength) -> {
            if (name.equals("accentColour")) {
                return;
            }
            TextField field = new TextField(texts.get("company." + name));
            field.setId("company-" + name);
            field.setMaxLength(maxLength);
            inputs.put(name, field);
            form.add(field);
        });
        inputs.get("countryCode").setValue("DE");
        directors.setId("company-managingDirectors");
        directors.setLabel(texts.get("company.managingDirectors"));
        directors.setHelperText(texts.get("company.managingDirectors-help"));
        directors.setMaxLength(1100);
        form.add(directors);

        Button save = new Button(texts.get("company.save"), click -> save());
        save.setId("company-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("company-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        HorizontalLayout actions = new HorizontalLayout(save, error);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        VerticalLayout section = new VerticalLayout(form, actions);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout createLetterhead() {
        TextField colour = new TextField(texts.get("company.accentColour"));
        colour.setId("company-accentColour");
        colour.setMaxLength(7);
        colour.setPlaceholder("#1F4E79");
        colour.setHelperText(texts.get("company.accentColour-help"));
        colour.setValueChangeMode(ValueChangeMode.EAGER);
        colour.addValueChangeListener(event -> paintSwatch(event.getValue()));
        inputs.put("accentColour", colour);
        swatch.setId("company-colour-swatch");
        swatch.setWidth("2.2em");
        swatch.setHeight("2.2em");
        swatch.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "4px");
        paintSwatch("");

        Upload upload = new Upload();
        SingleFileUpload singleFile = new SingleFileUpload(upload);
        // The in-memory handler calls back under the session lock, after the whole file has arrived.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> {
            singleFile.received();
            uploadLogo(metadata.fileName(), metadata.contentType(), content);
        }));
        upload.setId("logo-upload");
        upload.setMaxFileSize(MAX_LOGO_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setI18n(UploadTexts.create(texts));
        upload.addFileRejectedListener(event -> showLogoError(texts.get("company.logo-rejected", event.getFileName())));
        Button delete = new Button(texts.get("company.logo-delete"), click -> deleteLogo());
        delete.setId("logo-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        logoBox.setId("company-logo-box");
        logoError.setId("logo-error");
        logoError.getStyle().set("color", "var(--lumo-error-text-color)");
        logoError.setVisible(false);

        String fileName = "musterbrief-" + tenant + ".pdf";
        Anchor preview = new Anchor(DownloadHandler.fromInputStream(event -> openPreview(fileName)),
                AttachmentType.INLINE, texts.get("company.preview"));
        preview.setId("letter-preview");
        preview.setTarget(AnchorTarget.BLANK);
        preview.getElement().setAttribute("title", texts.get("company.preview-help"));

        HorizontalLayout colourRow = new HorizontalLayout(colour, swatch);
        colourRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout logoRow = new HorizontalLayout(logoBox, upload, delete);
        logoRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        logoRow.setWrap(true);
        VerticalLayout section = new VerticalLayout(colourRow, new Span(texts.get("company.logo-help")), logoRow,
                logoError, preview);
        section.setPadding(false);
        return section;
    }

    private void paintSwatch(String value) {
        boolean valid = value != null && COLOUR.matcher(value.strip()).matches();
        swatch.getStyle().set("background", valid ? value.strip() : "repeating-linear-gradient(45deg,"
                + " var(--lumo-contrast-10pct) 0 4px, transparent 4px 8px)");
    }

    private void load() {
        try {
            CompanyProfile profile = settings.companyProfile(tenant);
            if (profile != null) {
                show(profile);
            }
        } catch (HubException e) {
            Notices.error(e);
        }
    }

    private void show(CompanyProfile profile) {
        Map<String, String> values = asMap(profile);
        inputs.forEach((name, field) -> field.setValue(values.get(name) == null ? "" : values.get(name)));
        directors.setValue(String.join("\n", profile.managingDirectors()));
    }

    private void save() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((name, field) -> values.put(name, field.getValue().isBlank() ? null : field.getValue().strip()));
        CompanyProfile profile = new CompanyProfile(values.get("companyName"), values.get("street"),
                values.get("postcode"), values.get("city"), values.get("countryCode"), values.get("email"),
                values.get("phone"), values.get("iban"), values.get("bic"), values.get("bankName"), values.get("vatId"),
                values.get("registerCourt"), values.get("registerNumber"), Arrays.stream(directors.getValue().split("\n"))
                        .map(String::strip).filter(name -> !name.isEmpty()).toList(), values.get("accentColour"));
        try {
            show(settings.saveCompanyProfile(tenant, profile));
            error.setVisible(false);
            Notices.success(texts.get("company.saved"));
        } catch (HubException e) {
            // The hub names the invalid field and value in the user's language. The message stays beside the form.
            error.setText(Notices.describe(UI.getCurrent(), e));
            error.setVisible(true);
        }
    }

    private void uploadLogo(String fileName, String contentType, byte[] content) {
        String type = contentType != null && contentType.startsWith("image/") ? contentType
                : fileName.toLowerCase(Locale.ROOT).endsWith(".png") ? "image/png" : "image/jpeg";
        try {
            settings.uploadLogo(tenant, content, type);
            logoError.setVisible(false);
            Notices.success(texts.get("company.logo-saved", fileName));
            showLogo();
        } catch (HubException e) {
            showLogoError(Notices.describe(UI.getCurrent(), e));
        }
    }

    private void deleteLogo() {
        try {
            settings.deleteLogo(tenant);
            Notices.success(texts.get("company.logo-deleted"));
        } catch (HubException e) {
            showLogoError(Notices.describe(UI.getCurrent(), e));
        }
        showLogo();
    }

    private void showLogoError(String message) {
        logoError.setText(message);
        logoError.setVisible(true);
    }

    /** Shows the stored logo, or a note that there is none. A new image element makes the browser load it again. */
    private void showLogo() {
        logoBox.removeAll();
        boolean present;
        try {
            present = hasLogo();
        } catch (HubException e) {
            Notices.error(e);
            return;
        }
        if (!present) {
            logoBox.add(new Span(texts.get("company.logo-none")));
            return;
        }
        SettingsApi api = settings;
        String owner = tenant;
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            try {
                HubClient.Download logo = api.logo(owner);
                return new DownloadResponse(logo.content(), "logo", logo.contentType(), logo.length());
            } catch (HubException e) {
                return DownloadResponse.error(e.status() >= 400 ? e.status() : 502, e.getMessage());
            }
        }).inline(), texts.get("company.logo"));
        image.setId("company-logo");
        image.setMaxHeight("64px");
        image.setMaxWidth("240px");
        logoBox.add(image);
    }

    private boolean hasLogo() {
        try {
            HubClient.Download logo = settings.logo(tenant);
            logo.content().close();
            return true;
        } catch (HubException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            LOG.debug("Closing the logo stream of tenant {} failed; the check needs only the status", tenant, e);
            return true;
        }
    }

    private DownloadResponse openPreview(String fileName) {
        try {
            HubClient.Download pdf = settings.letterPreview(tenant);
            return new DownloadResponse(pdf.content(), fileName, pdf.contentType(), pdf.length());
        } catch (HubException e) {
            LOG.warn("Letter preview of tenant {} failed: {} {}", tenant, e.status(), e.code());
            return DownloadResponse.error(e.status() >= 400 ? e.status() : 502, e.getMessage());
        }
    }

    private static Map<String, String> asMap(CompanyProfile profile) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("companyName", profile.companyName());
        values.put("street", profile.street());
        values.put("postcode", profile.postcode());
        values.put("city", profile.city());
        values.put("countryCode", profile.countryCode());
        values.put("email", profile.email());
        values.put("phone", profile.phone());
        values.put("iban", profile.iban());
        values.put("bic", profile.bic());
        values.put("bankName", profile.bankName());
        values.put("vatId", profile.vatId());
        values.put("registerCourt", profile.registerCourt());
        values.put("registerNumber", profile.registerNumber());
        values.put("accentColour", profile.accentColour());
        return values;
    }
}
