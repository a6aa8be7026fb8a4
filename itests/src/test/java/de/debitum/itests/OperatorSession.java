package de.debitum.itests;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Signs in as the first operator {@code admin}, which the hub creates shortly after it starts. */
final class OperatorSession {

    private OperatorSession() {
    }

    /**
     * Signs in as admin and returns the token, waiting up to two minutes for the hub to create the
     * first operator. The hub prefers DEBITUM_ADMIN_PASSWORD over the password file when the build's
     * environment sets it, so the variable wins over {@code filePassword} here too.
     */
    static String adminToken(ApiClient api, String filePassword) throws Exception {
        String fromEnvironment = System.getenv("DEBITUM_ADMIN_PASSWORD");
        String password = fromEnvironment == null || fromEnvironment.isBlank() ? filePassword : fromEnvironment.strip();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        ApiClient.Response response;
        do {
            response = login(api, "admin", password);
            if (response.status() == 200) {
                return response.text("token");
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("admin cannot sign in: " + response);
    }

    static ApiClient.Response login(ApiClient api, String user, String password) throws IOException {
        return api.json("POST", "/auth/token", null, "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }
}
