package de.debitum.ui.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Typed calls of the hub's tenant settings: company profile, letterhead logo, letter preview, ledger
 * settings and the bounce mailbox.
 */
public final class SettingsApi {

    /** The company data of the tenant's letters, as {@code GET /company-profile} returns it, with null for unset values. */
    public record CompanyProfile(String companyName, String street, String postcode, String city, String countryCode,
            String email, String phone, String iban, String bic, String bankName, String vatId, String registerCourt,
            String registerNumber, List<String> managingDirectors, String accentColour) {

        public CompanyProfile {
            managingDirectors = managingDirectors == null ? List.of() : List.copyOf(managingDirectors);
        }
    }

    /** The stored logo after an upload; {@code size} in bytes. */
    public record LogoInfo(String mediaType, long size, String uploadedBy, Instant uploadedAt) {
    }

    /**
     * The ledger and DATEV settings. {@code accounts} has the account of every role, the tenant's
     * own or the chart's default; {@code ownAccounts} only the tenant's own.
     */
    public record LedgerSettings(String chart, Integer consultantNumber, Integer clientNumber,
            int fiscalYearStartMonth, int accountLength, int debtorAccountFrom, int debtorAccountTo,
            String debtorAccountRule, boolean returnFeeToDebtor, boolean lockOnImport, Map<String, Integer> accounts,
            Map<String, Integer> ownAccounts, Map<String, Integer> bankAccounts) {

        public LedgerSettings {
            accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
            ownAccounts = ownAccounts == null ? Map.of() : Map.copyOf(ownAccounts);
            bankAccounts = bankAccounts == null ? Map.of() : Map.copyOf(bankAccounts);
        }
    }

    /**
     * The bounce mailbox as the hub shows it: never with the password, only whether one is saved.
     * All fields but {@code configured} are null while no mailbox is saved.
     */
    public record BounceMailbox(boolean configured, String host, Integer port, String tls, String username,
            String folder, boolean passwordSaved) {
    }

    /** A bounce mailbox to save; a null {@code password} keeps the saved one, a null {@code folder} means INBOX. */
    public record BounceMailboxChange(String host, int port, String tls, String username, String password,
            String folder) {

        @Override
        public String toString() {
            return "BounceMailboxChange[host=" + host + ", port=" + port + ", tls=" + tls + ", username=" + username
                    + ", folder=" + folder + "]";
        }
    }

    private final HubApi api;
    private final HubClient client;
    private final Supplier<Locale> locale;

    public SettingsApi(HubApi api, HubClient client, Supplier<Locale> locale) {
        this.api = api;
        this.client = client;
        this.locale = locale;
    }

    /** Returns the tenant's company profile, or null while none is stored. */
    public CompanyProfile companyProfile(String tenant) {
        try {
            return api.call(token -> client.get(profilePath(tenant), Map.of(), token, locale.get(),
                    new TypeReference<CompanyProfile>() { }));
        } catch (HubException e) {
            if (e.status() == 404 && "not_found".equals(e.code())) {
                return null;
            }
            throw e;
        }
    }

    public CompanyProfile saveCompanyProfile(String tenant, CompanyProfile profile) {
        return api.call(token -> client.putJson(profilePath(tenant), profile, token, locale.get(),
                new TypeReference<CompanyProfile>() { }));
    }

    /** Opens the logo as a stream, which the caller closes. */
    public HubClient.Download logo(String tenant) {
        return api.call(token -> client.download(profilePath(tenant) + "/logo", token, locale.get()));
    }

    /** Uploads the logo. The hub accepts PNG and JPEG files of at most 1 MiB. */
    public LogoInfo uploadLogo(String tenant, byte[] content, String contentType) {
        return api.call(token -> client.putBytes(profilePath(tenant) + "/logo", content, contentType, token,
                locale.get(), new TypeReference<LogoInfo>() { }));
    }

    public void deleteLogo(String tenant) {
        api.call(token -> {
            client.delete(profilePath(tenant) + "/logo", token, locale.get());
            return null;
        });
    }

    /** Opens the sample reminder with the tenant's letterhead as a PDF stream, which the caller closes. */
    public HubClient.Download letterPreview(String tenant) {
        return api.call(token -> client.download(profilePath(tenant) + "/letter-preview", token, locale.get()));
    }

    public LedgerSettings ledgerSettings(String tenant) {
        return api.call(token -> client.get(ledgerSettingsPath(tenant), Map.of(), token, locale.get(),
                new TypeReference<LedgerSettings>() { }));
    }

    /** Changes the fields present in {@code changes}. A null value resets the consultant or client number. */
    public LedgerSettings saveLedgerSettings(String tenant, Map<String, Object> changes) {
        return api.call(token -> client.putJson(ledgerSettingsPath(tenant), changes, token, locale.get(),
                new TypeReference<LedgerSettings>() { }));
    }

    public BounceMailbox bounceMailbox(String tenant) {
        return api.call(token -> client.get(bounceMailboxPath(tenant), Map.of(), token, locale.get(),
                new TypeReference<BounceMailbox>() { }));
    }

    public BounceMailbox saveBounceMailbox(String tenant, BounceMailboxChange change) {
        return api.call(token -> client.putJson(bounceMailboxPath(tenant), change, token, locale.get(),
                new TypeReference<BounceMailbox>() { }));
    }

    /** Deletes the bounce mailbox with its password; the hub then no longer reads bounces. */
    public void deleteBounceMailbox(String tenant) {
        api.call(token -> {
            client.delete(bounceMailboxPath(tenant), token, locale.get());
            return null;
        });
    }

    private static String bounceMailboxPath(String tenant) {
        return "tenants/" + HubClient.encode(tenant) + "/output/bounce-mailbox";
    }

    private static String profilePath(String tenant) {
        return "tenants/" + HubClient.encode(tenant) + "/company-profile";
    }

    private static String ledgerSettingsPath(String tenant) {
        return "tenants/" + HubClient.encode(tenant) + "/ledger/settings";
    }
}
