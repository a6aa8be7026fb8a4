package de.debitum.output;

/**
 * A tenant's account at a print-and-mail provider whose API follows Pingen's API v2: an OAuth
 * client-credentials token, a signed file upload, and a letter created with {@code auto_send}.
 *
 * @param apiUrl          the API's base URL, such as {@code https://api.pingen.com}
 * @param tokenUrl        the token endpoint, such as {@code https://identity.pingen.com/auth/access-tokens}
 * @param clientId        the OAuth client id
 * @param clientSecret    the OAuth client secret in plain text, or null to keep the stored one
 * @param organisationId  the provider's id of the tenant's organisation
 * @param deliveryProduct the postage product, such as {@code cheap} or {@code fast}
 * @param printSpectrum   {@code color} or {@code grayscale}
 */
public record PostSettings(String apiUrl, String tokenUrl, String clientId, String clientSecret,
                           String organisationId, String deliveryProduct, String printSpectrum) {

    @Override
    public String toString() {
        return "PostSettings[apiUrl=" + apiUrl + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId
                + ", organisationId=" + organisationId + "]";
    }
}
