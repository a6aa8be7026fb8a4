package de.debitum.rest.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import de.debitum.rest.internal.http.ApiException;

class UploadFileNameTest {

    @Test
    void namesAreReducedToSafeCharacters() {
        assertThat(UploadResource.fileName("Konto März.xml", UploadResource.Kind.BANK_STATEMENT)).isEqualTo("Konto_M_rz.xml");
        assertThat(UploadResource.fileName("../../etc/passwd.csv", UploadResource.Kind.CSV_INVOICES)).isEqualTo("passwd.csv");
        assertThat(UploadResource.fileName("C:\\Users\\a\\..hidden.PDF", UploadResource.Kind.EINVOICE)).isEqualTo("hidden.PDF");
        assertThat(UploadResource.fileName(null, UploadResource.Kind.CSV_PAYMENTS)).isEqualTo("upload.csv");
    }

    @Test
    void extensionMustFitTheConnector() {
        assertThatThrownBy(() -> UploadResource.fileName("statement.pdf", UploadResource.Kind.BANK_STATEMENT))
                .isInstanceOf(ApiException.class).hasMessageContaining("accepts the extensions [xml, sta, mt940, txt]");
        assertThatThrownBy(() -> UploadResource.fileName("..", UploadResource.Kind.CSV_INVOICES))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> UploadResource.fileName("noextension", UploadResource.Kind.EINVOICE))
                .isInstanceOf(ApiException.class);
    }
}
