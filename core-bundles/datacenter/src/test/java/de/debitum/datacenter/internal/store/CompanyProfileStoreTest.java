package de.debitum.datacenter.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.debitum.api.company.CompanyLogo;
import de.debitum.api.company.CompanyProfile;
import de.debitum.api.model.TenantId;
import de.debitum.api.store.NotFoundException;
import de.debitum.datacenter.internal.DatacenterFixture;
import de.debitum.testing.TestDatabase;

class CompanyProfileStoreTest {

    static List<TestDatabase.Kind> kinds() {
        return DatacenterFixture.kinds();
    }

    private static CompanyProfile profile(String city, List<String> directors) {
        return new CompanyProfile("Muster GmbH", "Musterstraße 1", "10117", city, "de", "buchhaltung@muster.example",
                "+49 30 1234567", "DE89 3704 0044 0532 0130 00", "cobadeffxxx", "Commerzbank", "DE123456789",
                "Amtsgericht Charlottenburg", "HRB 12345", directors, "#1F4E79");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void saveReplacesTheProfile(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultCompanyProfileStore store = new DefaultCompanyProfileStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        assertThat(store.find(tenant)).isEmpty();

        store.save(tenant, profile("Berlin", List.of("Erika Mustermann", "Max Müller")), "admin");
        CompanyProfile second = profile("Köln", List.of("Erika Mustermann"));
        store.save(tenant, second, "admin");

        CompanyProfile stored = store.find(tenant).orElseThrow();
        assertThat(stored).isEqualTo(second);
        assertThat(stored.iban()).isEqualTo("DE89370400440532013000");
        assertThat(stored.bic()).isEqualTo("COBADEFFXXX");
        assertThat(stored.countryCode()).isEqualTo("DE");
        assertThat(stored.addressLines()).containsExactly("Musterstraße 1", "10117 Köln");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void profilesBelongToTheirTenant(TestDatabase.Kind kind) {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultCompanyProfileStore store = new DefaultCompanyProfileStore(dc.persistence);
        TenantId owner = dc.newTenant();
        TenantId other = dc.newTenant();
        store.save(owner, profile("Berlin", List.of()), "admin");

        assertThat(store.find(other)).isEmpty();
        assertThat(store.find(owner).orElseThrow().managingDirectors()).isEmpty();
        assertThatThrownBy(() -> store.save(TenantId.of("nobody-here"), profile("Berlin", List.of()), "admin"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nobody-here");
    }

    @Test
    void invalidValuesAreNamed() {
        assertThatThrownBy(() -> new CompanyProfile("Muster GmbH", "Musterstraße 1", "10117", "Berlin", "DE", null,
                null, "DE89370400440532013001", null, null, null, null, null, List.of(), null))
                .hasMessageContaining("iban").hasMessageContaining("DE89370400440532013001");
        assertThatThrownBy(() -> new CompanyProfile("Muster GmbH", "Musterstraße 1", "10117", "Berlin", "DE", null,
                null, "DE89370400440532013000", null, null, null, null, null, List.of(), "blau"))
                .hasMessageContaining("accentColour").hasMessageContaining("blau");
        assertThatThrownBy(() -> new CompanyProfile(" ", "Musterstraße 1", "10117", "Berlin", "DE", null,
                null, "DE89370400440532013000", null, null, null, null, null, List.of(), null))
                .hasMessageContaining("Missing value for companyName");
        assertThatThrownBy(() -> new CompanyProfile("Muster GmbH", "Musterstraße 1", "10117", "Berlin", "DE",
                "keine-adresse", null, "DE89370400440532013000", null, null, null, null, null, List.of(), null))
                .hasMessageContaining("email").hasMessageContaining("keine-adresse");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void logoIsStoredReplacedAndDeleted(TestDatabase.Kind kind) throws IOException {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultCompanyProfileStore store = new DefaultCompanyProfileStore(dc.persistence);
        TenantId tenant = dc.newTenant();
        TenantId other = dc.newTenant();
        assertThat(store.logo(tenant)).isEmpty();

        byte[] png = image("png", 120, 40);
        CompanyLogo saved = store.saveLogo(tenant, png, "anna");
        assertThat(saved.mediaType()).isEqualTo(CompanyLogo.PNG);
        assertThat(saved.uploadedBy()).isEqualTo("anna");
        assertThat(saved.uploadedAt()).isEqualTo(DatacenterFixture.NOW);
        assertThat(store.logo(tenant).orElseThrow().content()).isEqualTo(png);
        assertThat(store.logo(other)).isEmpty();

        byte[] jpeg = image("jpeg", 200, 100);
        store.saveLogo(tenant, jpeg, "max");
        CompanyLogo replaced = store.logo(tenant).orElseThrow();
        assertThat(replaced.mediaType()).isEqualTo(CompanyLogo.JPEG);
        assertThat(replaced.content()).isEqualTo(jpeg);
        assertThat(replaced.uploadedBy()).isEqualTo("max");

        assertThat(store.deleteLogo(other)).isFalse();
        assertThat(store.deleteLogo(tenant)).isTrue();
        assertThat(store.logo(tenant)).isEmpty();
        assertThat(store.deleteLogo(tenant)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void invalidLogoIsNotStored(TestDatabase.Kind kind) throws IOException {
        DatacenterFixture dc = DatacenterFixture.of(kind);
        DefaultCompanyProfileStore store = new DefaultCompanyProfileStore(dc.persistence);
        TenantId tenant = dc.newTenant();

        assertThatThrownBy(() -> store.saveLogo(tenant, "kein Bild".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "anna")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kein lesbares PNG- oder JPEG-Bild").hasMessageContaining("not a readable");
        assertThatThrownBy(() -> store.saveLogo(tenant, image("png", 8, 8), "anna"))
                .hasMessageContaining("8 × 8");
        assertThatThrownBy(() -> store.saveLogo(TenantId.of("nobody-here"), image("png", 40, 40), "anna"))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.logo(tenant)).isEmpty();
    }

    @Test
    void logoCheckRejectsOtherFormatsAndDamage() throws IOException {
        assertThat(CompanyLogo.checkImage(image("png", 16, 16))).isEqualTo(CompanyLogo.PNG);
        assertThat(CompanyLogo.checkImage(image("jpeg", 4000, 16))).isEqualTo(CompanyLogo.JPEG);

        assertThatThrownBy(() -> CompanyLogo.checkImage(image("gif", 40, 40)))
                .hasMessageContaining("GIF").hasMessageContaining("PNG oder JPEG");
        assertThatThrownBy(() -> CompanyLogo.checkImage(image("png", 4001, 20)))
                .hasMessageContaining("4001 × 20");
        assertThatThrownBy(() -> CompanyLogo.checkImage(new byte[0])).hasMessageContaining("leer");
        assertThatThrownBy(() -> CompanyLogo.checkImage(new byte[CompanyLogo.MAX_BYTES + 1]))
                .hasMessageContaining(String.valueOf(CompanyLogo.MAX_BYTES + 1));

        byte[] png = image("png", 300, 100);
        byte[] cut = java.util.Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> CompanyLogo.checkImage(cut)).hasMessageContaining("kein lesbares");
    }

    @Test
    void profileErrorsAreGermanThenEnglish() {
        assertThatThrownBy(() -> new CompanyProfile("Muster GmbH", "Musterstraße 1", "10117", "Berlin", "DE", null,
                null, "DE89370400440532013000", null, null, null, null, null, List.of(), "blau"))
                .hasMessageStartingWith("Ungültiger Wert 'blau' für Akzentfarbe")
                .hasMessageContaining(" / Invalid accentColour 'blau'");
        assertThatThrownBy(() -> new CompanyProfile("Muster GmbH", null, "10117", "Berlin", "DE", null,
                null, "DE89370400440532013000", null, null, null, null, null, List.of(), null))
                .hasMessageStartingWith("Pflichtangabe Straße (street) fehlt")
                .hasMessageContaining(" / Missing value for street");
    }

    /** Draws a two-colour image of the given size in the given ImageIO format. */
    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? 0x1F4E79 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("No ImageIO writer for " + format);
        }
        return out.toByteArray();
    }
}
