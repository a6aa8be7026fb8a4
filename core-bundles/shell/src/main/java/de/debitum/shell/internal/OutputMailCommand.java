package de.debitum.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import de.debitum.api.model.TenantId;
import de.debitum.output.MailSettings;
import de.debitum.output.OutputException;
import de.debitum.output.OutputService;
import de.debitum.output.TlsMode;

/**
 * Saves a tenant's SMTP server and sender. The password is read at a prompt, so that it stays out
 * of the shell history, and stored encrypted; without {@code --password} the stored one is kept.
 */
@Command(scope = "debitum", name = "output-mail",
        description = "Sets a tenant's SMTP server and sender, e.g. output-mail --user buchhaltung --password muster-gmbh smtp.muster.de 587 buchhaltung@muster.de \"Muster GmbH\"")
@Service
public class OutputMailCommand implements Action {

    @Reference
    private OutputService output;

    @Reference
    private Session session;

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant id")
    private String tenant;

    @Argument(index = 1, name = "host", required = true, description = "SMTP server host name")
    private String host;

    @Argument(index = 2, name = "port", required = true, description = "SMTP port, usually 587 (STARTTLS) or 465 (TLS)")
    private int port;

    @Argument(index = 3, name = "from", required = true, description = "Sender address")
    private String from;

    @Argument(index = 4, name = "name", required = true, description = "Sender display name")
    private String name;

    @Option(name = "--tls", description = "STARTTLS (default), TLS or NONE")
    private String tls = "STARTTLS";

    @Option(name = "--user", description = "SMTP login, if the server needs one")
    private String user;

    @Option(name = "--password", description = "Ask for the SMTP password")
    private boolean askPassword;

    @Option(name = "--reply-to", description = "Address for replies, if not the sender address")
    private String replyTo;

    @Override
    public Object execute() throws Exception {
        String password = askPassword ? session.readLine("SMTP password: ", '*') : null;
        try {
            output.configureMail(TenantId.of(tenant), new MailSettings(host, port,
                    Choices.parse(TlsMode.class, "--tls", tls), user, password, from, name, replyTo));
        } catch (OutputException e) {
            throw new IllegalArgumentException(e.bilingualMessage(), e);
        }
        System.out.println("E-mail settings of " + tenant + " saved" + (password == null ? " (password unchanged)." : "."));
        return null;
    }
}
