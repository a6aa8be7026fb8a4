package de.debitum.datacenter.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
}
