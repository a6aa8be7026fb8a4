package de.debitum.shell.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.debitum.api.company.CompanyProfile;
import de.debitum.api.company.CompanyProfileStore;
import de.debitum.api.model.TenantId;

/**
 * Shows or changes a tenant's company profile, which letters and e-mails carry. Values given
 * as key=value replace the stored ones; the others stay.
 */
@Command(scope = "debitum", name = "company",
        description = "Shows or sets a tenant's company data (address, bank account, register, letterhead colour)")
@Service
public class CompanyCommand implements Action {

    private static final List<String> KEYS = List.of("companyName", "street", "postcode", "city", "countryCode",
            "email", "phone", "iban", "bic", "bankName", "vatId", "registerCourt", "registerNumber",
            "managingDirectors", "accentColour");

    @Reference
    private CompanyProfileStore profiles;

    @Argument(index = 0, name = "tenant", description = "Tenant id", required = true)
    private String tenantId;

    @Argument(index = 1, name = "values", description = "key=value pairs; managingDirectors separated by ';'",
            multiValued = true)
    private List<String> values;

    @Override
    public Object execute() {
        TenantId tenant = TenantId.of(tenantId);
        Map<String, String> fields = new LinkedHashMap<>();
        profiles.find(tenant).ifPresent(profile -> fields.putAll(asMap(profile)));
        if (values == null || values.isEmpty()) {
            if (fields.isEmpty()) {
                System.out.println("Tenant " + tenant + " has no company profile yet. Set it with: debitum:company "
                        + tenant + " companyName=... street=... postcode=... city=... countryCode=DE iban=...");
            }
            fields.forEach((key, value) -> System.out.printf("%-18s %s%n", key, value == null ? "" : value));
            return null;
        }
        for (String pair : values) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (equals <= 0 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("Invalid value '" + pair + "': use key=value with a key of " + KEYS + ".");
            }
            fields.put(key, pair.substring(equals + 1));
        }
        String directors = fields.get("managingDirectors");
        CompanyProfile profile = new CompanyProfile(fields.get("companyName"), fields.get("street"),
                fields.get("postcode"), fields.get("city"), fields.get("countryCode"), fields.get("email"),
                fields.get("phone"), fields.get("iban"), fields.get("bic"), fields.get("bankName"), fields.get("vatId"),
                fields.get("registerCourt"), fields.get("registerNumber"),
                directors == null || directors.isBlank() ? List.of()
                        : Arrays.stream(directors.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                fields.get("accentColour"));
        profiles.save(tenant, profile, "shell");
        System.out.println("Saved the company profile of " + tenant + ".");
        return null;
    }

    private static Map<String, String> asMap(CompanyProfile profile) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("companyName", profile.companyName());
        fields.put("street", profile.street());
        fields.put("postcode", profile.postcode());
        fields.put("city", profile.city());
        fields.put("countryCode", profile.countryCode());
        fields.put("email", profile.email());
        fields.put("phone", profile.phone());
        fields.put("iban", profile.iban());
        fields.put("bic", profile.bic());
        fields.put("bankName", profile.bankName());
        fields.put("vatId", profile.vatId());
        fields.put("registerCourt", profile.registerCourt());
        fields.put("registerNumber", profile.registerNumber());
        fields.put("managingDirectors", String.join("; ", profile.managingDirectors()));
        fields.put("accentColour", profile.accentColour());
        return fields;
    }
}
