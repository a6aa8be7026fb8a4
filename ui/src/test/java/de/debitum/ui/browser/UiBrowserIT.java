package de.debitum.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the packaged UI in headless Chromium against a real hub: the distribution that
 * karaf-assembly built, started on free ports. The steps build on each other like a first
 * session of a tenant admin: sign in, switch language, set up a bank statement connector,
 * upload a statement and find its import, confirm the matching suggestion for a payment from an
 * unknown payer, preview and approve a dunning run, export the ledger to DATEV and download its
 * files, set own G/L accounts per role and bank IBAN, and as operator upload, upgrade, roll back
 * and uninstall a connector bundle. Each
 * view's German screenshot goes to the folder that
 * {@code debitum.screenshots} names: target/screenshots by default, docs/screenshots on request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiBrowserIT {

    private static final String PASSWORD = "Browser-Test-Passwort-1";
    private static final String TENANT = "muster-gmbh";
    private static final String INSTANCE = TENANT + ".bank-statement";
    private static final String CSV_INSTANCE = TENANT + ".csv";
    private static final String PAYMENT_CSV_INSTANCE = TENANT + ".csv-payments";
    /** A payment provider that is no debtor of the tenant. */
    private static final String UNKNOWN_PAYER = "Zahlfix Payments GmbH";
    /** A second tenant, created later, so that the operator sees the tenant selector. */
    private static final String OTHER_TENANT = "beispiel-ag";

    private final Path target = Path.of(System.getProperty("debitum.ui.target", "target"));
    private HubProcess hub;
    private UiProcess ui;
    private Browser browser;
    private Path inbox;
    private Path screenshots;
    /** The operator's token for setting up tenants through the API; it lasts 15 minutes. */
    private String apiToken;

    @BeforeAll
    void startHubUiAndBrowser() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Optional<String> missing = Browser.missing();
        if (missing.isPresent() && !ci) {
            System.out.println("UiBrowserIT skipped: " + missing.get());
        }
        Assumptions.assumeTrue(missing.isEmpty() || ci, () -> "UiBrowserIT skipped: " + missing.get());

        Path archiveFolder = Path.of(System.getProperty("debitum.hub.archive.dir", "../karaf-assembly/target"));
        Optional<Path> archive = HubProcess.archive(archiveFolder);
        if (archive.isEmpty() && !ci) {
            System.out.println("UiBrowserIT skipped: no hub distribution in " + archiveFolder
                    + "; build it with './mvnw -pl karaf-assembly -am package -DskipTests'");
        }
        Assumptions.assumeTrue(archive.isPresent() || ci, "UiBrowserIT skipped: no hub distribution");
        assertThat(archive).as("hub distribution in " + archiveFolder).isPresent();

        screenshots = Path.of(System.getProperty("debitum.screenshots", "target/screenshots"));
        Path work = target.resolve("ui-it");
        hub = HubProcess.start(archive.get(), work.resolve("hub"), PASSWORD);
        createFirstTenant();
        inbox = work.resolve("inbox/bank").toAbsolutePath();
        Files.createDirectories(inbox);

        ui = UiProcess.start(target.resolve("debitum-ui.jar"), hub.url(), work.resolve("ui.log"));
        browser = Browser.start(ui.url());
    }

    @AfterAll
    void stopAll() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (ui != null) {
            ui.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    @Order(10)
    void wrongPasswordShowsError() throws Exception {
        browser.open("login");
        browser.screenshot(screenshots.resolve("login.png"));

        browser.signIn("admin", "falsch-falsch");

        // The failed sign-in reloads the page, so the form is looked up again on every poll.
        browser.wait.until(d -> d.findElements(By.id("login-form")).stream()
                .anyMatch(form -> form.getDomAttribute("error") != null));
        assertThat(browser.pageText()).contains("Anmeldung fehlgeschlagen");
    }

    @Test
    @Order(20)
    void signInShowsGermanOverview() throws Exception {
        browser.signIn("admin", PASSWORD);

        browser.byId("overview-view");
        String text = browser.pageText();
        assertThat(text).contains("Übersicht", "Offene Belege", "Zahlungen ohne Zuordnung", "Gestörte Konnektoren");
        assertThat(browser.byId("current-user").getText()).contains("admin");
        browser.screenshot(screenshots.resolve("overview.png"));
    }

    @Test
    @Order(30)
    void languageSwitchesToEnglishAndBack() {
        choose("language-select", "English");
        browser.wait.until(d -> browser.pageText().contains("Unallocated payments"));
        assertThat(browser.pageText()).contains("Overview", "Sign out");

        browser.open("overview");
        assertThat(browser.pageText()).as("choice kept on the next page").contains("Unallocated payments");

        choose("language-select", "Deutsch");
        browser.wait.until(d -> browser.pageText().contains("Zahlungen ohne Zuordnung"));
    }

    @Test
    @Order(40)
    void connectorIsConfiguredEnabledAndTested() throws Exception {
        browser.open("connectors");
        browser.byId("connectors-view");
        assertThat(browser.pageText()).contains("bank-statement", "Installierte Konnektortypen");

        browser.click("connector-add");
        browser.byId("connector-dialog");
        choose("new-connector-type", "bank-statement");
        assertThat(inputOf("new-connector-id").getDomProperty("value")).isEqualTo(INSTANCE);

        // A relative folder is rejected with a sentence that names the field.
        type("field-folder", "eingang/bank");
        browser.click("connector-save");
        browser.wait.until(d -> browser.byId("connector-dialog-error").isDisplayed());
        assertThat(browser.byId("connector-dialog-error").getText()).contains("Eingangsordner", "absoluter Pfad");

        type("field-folder", inbox.toString());
        browser.click("connector-save");
        WebElement test = browser.byId("test-" + INSTANCE);
        browser.waitForVaadin();

        browser.click(test);
        browser.wait.until(d -> browser.pageText().contains("erfolgreich"));

        browser.click("disable-" + INSTANCE);
        browser.wait.until(d -> !d.findElements(By.id("enable-" + INSTANCE)).isEmpty());
        browser.click("enable-" + INSTANCE);
        browser.wait.until(d -> !d.findElements(By.id("disable-" + INSTANCE)).isEmpty());
        browser.waitForVaadin();
        browser.screenshot(screenshots.resolve("connectors.png"));

        // The stored configuration shows the folder again.
        browser.click("configure-" + INSTANCE);
        assertThat(inputOf("field-folder").getDomProperty("value")).isEqualTo(inbox.toString());
        browser.screenshot(screenshots.resolve("connector-dialog.png"));
        browser.click("connector-cancel");
    }

    @Test
    @Order(50)
    void uploadedBankStatementShowsUpAsImport() throws Exception {
        Path statement = Path.of(System.getProperty("debitum.corpus", "../../shared/corpus"),
                "bank/camt/viafintech_camt053_valid_example.xml");
        boolean corpusRequired = Boolean.getBoolean("debitum.corpus.required");
        if (!Files.isRegularFile(statement) && !corpusRequired) {
            System.out.println("UiBrowserIT upload step skipped: corpus file " + statement + " not found");
        }
        Assumptions.assumeTrue(Files.isRegularFile(statement) || corpusRequired, "corpus file missing");

        browser.open("imports");
        browser.byId("imports-view");
        WebElement upload = browser.byId("upload");
        WebElement fileInput = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        // chromedriver accepts only canonical paths for file inputs.
        fileInput.sendKeys(statement.toRealPath().toString());

        browser.wait.until(d -> browser.byId("upload-result").isDisplayed());
        assertThat(browser.byId("upload-result").getText()).contains(INSTANCE);

        // The connector polls its folder; the view polls until the batch has committed and then shows its counts.
        browser.wait.withTimeout(Duration.ofSeconds(90))
                .until(d -> browser.byId("import-tracking-text").getText().contains("ist importiert"));
        browser.wait.until(d -> browser.byId("import-batches").getText().contains(INSTANCE));
        browser.screenshot(screenshots.resolve("imports.png"));

        List<WebElement> cells = browser.driver.findElements(By.cssSelector("#import-batches vaadin-grid-cell-content"));
        browser.click(cells.stream().filter(c -> c.getText().equals(INSTANCE)).findFirst().orElseThrow());
        browser.byId("import-dialog");
        assertThat(browser.pageText()).contains("Abgelehnte Datensätze");
        browser.screenshot(screenshots.resolve("import-dialog.png"));
        browser.click("import-close");
    }

    @Test
    @Order(60)
    void invoicesFromCsvFillOverviewAndReceivables() throws Exception {
        addCsvConnector(CSV_INSTANCE, "csv", "invoices");
        uploadCsv("CSV mit Rechnungen", "rechnungen.csv",
                invoicesCsv(LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))), CSV_INSTANCE);

        browser.wait.withTimeout(Duration.ofSeconds(90)).until(d -> {
            browser.open("overview");
            return !d.findElements(By.id("amounts-EUR")).isEmpty();
        });
        String overview = browser.pageText();
        assertThat(overview).contains("Überfällige Beträge nach Tagen (EUR)", "über 90 Tage", "DSO");
        // 1.190,00 in each of the four overdue buckets and 595,00 not yet due.
        assertThat(browser.byId("figure-overdue").getText()).contains("4.760,00 EUR");
        assertThat(browser.byId("figure-open").getText()).contains("5.355,00 EUR");
        browser.screenshot(screenshots.resolve("overview.png"));

        browser.open("receivables");
        browser.wait.until(d -> browser.pageText().contains("RE-UI-0005"));
        choose("document-status", "überfällig");
        browser.wait.until(d -> !browser.pageText().contains("RE-UI-0005"));
        assertThat(browser.pageText()).contains("RE-UI-0001", "RE-UI-0004");
        browser.screenshot(screenshots.resolve("receivables.png"));

        List<WebElement> cells = browser.driver.findElements(By.cssSelector("#documents vaadin-grid-cell-content"));
        browser.click(cells.stream().filter(c -> c.getText().equals("RE-UI-0004")).findFirst().orElseThrow());
        browser.byId("document-dialog");
        assertThat(browser.pageText()).contains("Verlauf", "Schmidt & Söhne KG");
        browser.screenshot(screenshots.resolve("document-dialog.png"));
        browser.click("document-close");
    }

    /**
     * Writes five invoices of 1.000,00 net (1.190,00 gross) in the CSV connector's preset columns:
     * four overdue by 10, 45, 75 and 120 days, one of 500,00 net not yet due.
     */
    private static String invoicesCsv(LocalDate today) {
        java.time.format.DateTimeFormatter german = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        StringBuilder csv = new StringBuilder("Rechnungsnummer;Rechnungsdatum;Fälligkeit;Kundennummer;Kunde;Netto;USt-Satz;USt;Brutto\n");
        int[] daysOverdue = {10, 45, 75, 120};
        for (int i = 0; i < daysOverdue.length; i++) {
            LocalDate due = today.minusDays(daysOverdue[i]);
            csv.append("RE-UI-000").append(i + 1).append(';').append(german.format(due.minusDays(14))).append(';')
                    .append(german.format(due)).append(";K-10").append(i).append(';')
                    .append(i % 2 == 0 ? "Muster GmbH" : "Schmidt & Söhne KG").append(";1000,00;19;190,00;1190,00\n");
        }
        csv.append("RE-UI-0005;").append(german.format(today.minusDays(2))).append(';')
                .append(german.format(today.plusDays(12))).append(";K-104;Beispiel AG;500,00;19;95,00;595,00\n");
        return csv.toString();
    }

    @Test
    @Order(65)
    void rejectedCsvShowsReasonUntilNextImport() throws Exception {
        uploadCsv("CSV mit Rechnungen", "ohne-spalten.csv", "Nummer;Datum\nRE-UI-0099;01.12.2026\n", CSV_INSTANCE);

        // The connector rejects the file as a whole; the tracking ends with its reason instead of waiting.
        browser.wait.withTimeout(Duration.ofSeconds(90))
                .until(d -> browser.byId("import-tracking-text").getText().contains("vom Konnektor abgelehnt"));
        assertThat(browser.byId("import-tracking-text").getText()).contains("ohne-spalten.csv",
                "Der Kopfzeile fehlen die Spalten");
        browser.wait.until(d -> browser.byId("import-batches").getText().contains("ohne-spalten.csv"));
        browser.screenshot(screenshots.resolve("imports-rejected-file.png"));

        browser.click("import-tracking-open");
        browser.byId("import-dialog");
        assertThat(browser.byId("import-file-rejection").getText()).contains("als Ganzes abgelehnt",
                "Der Kopfzeile fehlen die Spalten");
        browser.click("import-close");

        browser.open("overview");
        assertThat(browser.byId("figure-failed-connectors").getText()).endsWith("1");
        assertThat(browser.byId("failed-connectors").getText()).contains(CSV_INSTANCE, "ohne-spalten.csv");
        browser.open("connectors");
        browser.wait.until(d -> browser.pageText().contains("Letzte Datei"));

        // A later file of the instance that imports clears the failure.
        uploadCsv("CSV mit Rechnungen", "rechnungen-neu.csv",
                invoicesCsv(LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))), CSV_INSTANCE);
        browser.wait.withTimeout(Duration.ofSeconds(90))
                .until(d -> browser.byId("import-tracking-text").getText().contains("ist importiert"));
        browser.open("overview");
        assertThat(browser.byId("figure-failed-connectors").getText()).endsWith("0");
        assertThat(browser.driver.findElements(By.id("failed-connectors"))).isEmpty();
    }

    @Test
    @Order(70)
    void unknownPayerSuggestionIsConfirmed() throws Exception {
        addCsvConnector(PAYMENT_CSV_INSTANCE, "csv-payments", "payments");
        uploadCsv("CSV mit Zahlungen", "zahlungen.csv",
                paymentsCsv(LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))), PAYMENT_CSV_INSTANCE);

        // Matching runs when payments arrive. The reference fits, but the payer is no known debtor,
        // so the payment waits for a person.
        browser.wait.withTimeout(Duration.ofSeconds(90)).until(d -> {
            browser.open("matching");
            return suggestionOfPayer(UNKNOWN_PAYER).isPresent();
        });
        assertThat(browser.byId("matching-summary").getText()).startsWith("Zahlungen zur Prüfung:");
        WebElement explanation = suggestionOfPayer(UNKNOWN_PAYER).orElseThrow();
        assertThat(explanation.getText()).contains("Regel: Belegnummer + genauer Betrag",
                "Der Verwendungszweck nennt Beleg RE-UI-0005",
                "entspricht genau dem offenen Betrag von RE-UI-0005",
                "Der Zahler „" + UNKNOWN_PAYER + "“ ist keinem Debitor zugeordnet.");
        browser.screenshot(screenshots.resolve("matching.png"));

        String suggestionId = explanation.getDomAttribute("id").substring("explanation-".length());
        browser.click("confirm-" + suggestionId);
        browser.wait.until(d -> browser.pageText().contains("Zugeordnet: RE-UI-0005"));
        browser.wait.until(d -> d.findElements(By.id("confirm-" + suggestionId)).stream().noneMatch(WebElement::isDisplayed));

        // No other document of the tenant is paid, so the one status "bezahlt" in the grid is RE-UI-0005's.
        browser.open("receivables");
        browser.wait.until(d -> browser.pageText().contains("RE-UI-0005"));
        browser.wait.until(d -> d.findElements(By.cssSelector("#documents vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals("bezahlt")).count() == 1);
    }

    /** Returns the explanation box of the suggestion for the payer's payment, if the view shows one. */
    private Optional<WebElement> suggestionOfPayer(String payer) {
        return browser.driver.findElements(By.cssSelector("[id^=explanation-]")).stream()
                .filter(box -> box.getText().contains("„" + payer + "“") && box.getText().contains("RE-UI-0005"))
                .findFirst();
    }

    /**
     * Writes one payment in the CSV connector's preset columns: RE-UI-0005 paid in full by a
     * payment provider that passes on its own name but no IBAN.
     */
    private static String paymentsCsv(LocalDate today) {
        String booked = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(today);
        return "Auftragskonto;Buchungstag;Valutadatum;Verwendungszweck;Beguenstigter/Zahlungspflichtiger;"
                + "Kontonummer/IBAN;Betrag;Waehrung\n"
                + "DE89370400440532013000;" + booked + ";" + booked + ";RE-UI-0005;" + UNKNOWN_PAYER + ";;595,00;EUR\n";
    }

    @Test
    @Order(75)
    void duplicatePaymentIsUndoneInImportDialog() throws Exception {
        // The bank reports the payment that the CSV of payments delivered before: same account, day,
        // amount, no payer IBAN and the same reference, so the import marks it as a duplicate.
        // Bank statements are the upload's default kind.
        uploadCsv(null, "kontoauszug-duplikat.xml",
                duplicateStatement(LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))), INSTANCE);
        browser.wait.withTimeout(Duration.ofSeconds(90))
                .until(d -> browser.byId("import-tracking-text").getText().contains("ist importiert"));
        assertThat(browser.byId("import-tracking-text").getText()).contains("1 Dubletten");

        browser.open("imports");
        browser.wait.until(d -> browser.byId("import-batches").getText().contains(INSTANCE));
        // The newest batch comes first.
        List<WebElement> cells = browser.driver.findElements(By.cssSelector("#import-batches vaadin-grid-cell-content"));
        browser.click(cells.stream().filter(c -> c.getText().equals(INSTANCE)).findFirst().orElseThrow());
        browser.byId("import-duplicates");
        WebElement undo = browser.driver.findElements(By.cssSelector("[id^=undo-duplicate-]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        String paymentId = undo.getDomAttribute("id").substring("undo-duplicate-".length());
        browser.click(undo);
        browser.wait.until(d -> browser.pageText().contains("Dublette rückgängig machen?"));
        assertThat(browser.pageText()).contains("zählt sie als eigene Zahlung",
                "der nächste Abgleichslauf berücksichtigt sie");
        browser.screenshot(screenshots.resolve("import-duplicate-confirm.png"));

        confirmDialog();
        browser.wait.until(d -> !d.findElements(By.id("duplicate-undone-" + paymentId)).isEmpty());
        assertThat(browser.byId("duplicate-undone-" + paymentId).getText())
                .isEqualTo("Rückgängig gemacht: zählt eigenständig");
        browser.screenshot(screenshots.resolve("import-dialog-duplicate.png"));
        browser.click("import-close");

        String payments = api("GET", "/tenants/" + TENANT + "/payments?size=500", null).body().replace(" ", "");
        int start = payments.indexOf("{\"id\":" + paymentId + ",");
        assertThat(start).as(payments).isNotNegative();
        assertThat(payments.substring(start, payments.indexOf('}', start))).contains("\"duplicateOf\":null");
        HttpResponse<String> again = api("POST", "/tenants/" + TENANT + "/payments/" + paymentId + "/undo-duplicate", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    /**
     * Writes a camt.053 statement with the payment of {@link #paymentsCsv}: RE-UI-0005, 595,00,
     * booked today on the same account, without end-to-end id and payer IBAN. The statement covers
     * the last 200 days, because dunning waits for complete payment data from every source.
     */
    private static String duplicateStatement(LocalDate today) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>DUP-1</MsgId><CreDtTm>%1$sT06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>DUP-1</Id>
                      <FrToDt><FrDtTm>%3$sT00:00:00</FrDtTm><ToDtTm>%1$sT23:59:59</ToDtTm></FrToDt>
                      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%3$s</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">595.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%1$s</Dt></Dt></Bal>
                      <Ntry>
                        <Amt Ccy="EUR">595.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                        <BookgDt><Dt>%1$s</Dt></BookgDt><ValDt><Dt>%1$s</Dt></ValDt>
                        <AcctSvcrRef>DUP-1-1</AcctSvcrRef>
                        <NtryDtls><TxDtls>
                          <RltdPties><Dbtr><Nm>%2$s</Nm></Dbtr></RltdPties>
                          <RmtInf><Ustrd>RE-UI-0005</Ustrd></RmtInf>
                        </TxDtls></NtryDtls>
                      </Ntry>
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(today, UNKNOWN_PAYER, today.minusDays(200));
    }

    @Test
    @Order(76)
    void largeCsvShowsRunningCount() throws Exception {
        // Outgoing payments, so that matching and the overview's unallocated count leave them alone.
        String booked = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
        StringBuilder csv = new StringBuilder("Auftragskonto;Buchungstag;Valutadatum;Verwendungszweck;"
                + "Beguenstigter/Zahlungspflichtiger;Kontonummer/IBAN;Betrag;Waehrung\n");
        for (int i = 1; i <= 20_000; i++) {
            csv.append("DE89370400440532013000;").append(booked).append(';').append(booked).append(";Lastschrift ")
                    .append(i).append(";Lieferant ").append(i).append(";;-1,00;EUR\n");
        }
        uploadCsv("CSV mit Zahlungen", "zahlungen-gross.csv", csv.toString(), PAYMENT_CSV_INSTANCE);

        // The view polls every second; storing 20,000 payments takes longer, so it shows the running count.
        browser.wait.withTimeout(Duration.ofSeconds(120)).until(d -> {
            String text = browser.byId("import-tracking-text").getText();
            return text.contains("Datensätze verarbeitet") || text.contains("ist importiert");
        });
        String during = browser.byId("import-tracking-text").getText();
        assertThat(during).as("tracking text while the file imports").contains("Datensätze verarbeitet");
        browser.screenshot(screenshots.resolve("imports-progress.png"));

        browser.wait.withTimeout(Duration.ofSeconds(300))
                .until(d -> browser.byId("import-tracking-text").getText().contains("ist importiert"));
        assertThat(browser.byId("import-tracking-text").getText()).contains("zahlungen-gross.csv");
    }

    @Test
    @Order(80)
    void previewAndApproveDunningRun() throws Exception {
        // Dunning waits for complete payment data up to yesterday from every payment source, so a statement
        // without bookings for the account of the uploaded statement covers the invoices' days.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        Files.writeString(inbox.resolve("kontoauszug-ohne-umsaetze.xml"), emptyStatement(today.minusDays(200),
                today.minusDays(1)), StandardCharsets.UTF_8);
        java.util.regex.Pattern notices = java.util.regex.Pattern.compile("([1-9]\\d*) Mahnungen");
        browser.wait.withTimeout(Duration.ofSeconds(90)).until(d -> {
            browser.open("dunning");
            return notices.matcher(browser.byId("dunning-preview-summary").getText()).find();
        });
        java.util.regex.Matcher summary = notices.matcher(browser.byId("dunning-preview-summary").getText());
        assertThat(summary.find()).isTrue();
        int planned = Integer.parseInt(summary.group(1));
        assertThat(browser.byId("dunning-preview-summary").getText()).contains("4 überfällige Posten geprüft");
        assertThat(browser.pageText()).contains("Zahlungserinnerung", "Mahnungen zur Freigabe", "Mahnsperren",
                "Mahnrichtlinie", "Tage nach Fälligkeit");

        browser.click("dunning-run");
        browser.wait.until(d -> d.findElements(By.cssSelector("[id^=approve-notice-]")).size() == planned);
        browser.wait.until(d -> browser.pageText().contains("Heute wurde bereits gemahnt"));
        browser.screenshot(screenshots.resolve("dunning.png"));

        WebElement approve = browser.driver.findElements(By.cssSelector("[id^=approve-notice-]")).get(0);
        String approveId = approve.getDomAttribute("id");
        browser.click(approve);
        // The grid may keep the approved row's button in the page, hidden, for reuse.
        browser.wait.until(d -> d.findElements(By.id(approveId)).stream().noneMatch(WebElement::isDisplayed));
        assertThat(browser.driver.findElements(By.cssSelector("[id^=approve-notice-]")).stream()
                .filter(WebElement::isDisplayed).count()).isEqualTo(planned - 1);
    }

    /**
     * Writes a balanced camt.053 statement without bookings that reports the days from {@code from}
     * to {@code to}, for the first account of the statement that the upload step sends.
     */
    private static String emptyStatement(LocalDate from, LocalDate to) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>UI-COVERAGE</MsgId><CreDtTm>%2$sT06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>UI-COVERAGE-1</Id>
                      <FrToDt><FrDtTm>%1$sT00:00:00</FrDtTm><ToDtTm>%2$sT23:59:59</ToDtTm></FrToDt>
                      <Acct><Id><IBAN>DE14740618130000033626</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">100.00</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%1$s</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">100.00</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%2$s</Dt></Dt></Bal>
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(from, to);
    }

    @Test
    @Order(85)
    void approvedLetterOpensAsPdf() throws Exception {
        // The daily work hands approved notices to output; the letterhead needs the company data.
        HttpResponse<String> profile = api("PUT", "/tenants/" + TENANT + "/company-profile", """
                {"companyName": "Muster Handel GmbH", "street": "Hauptstraße 1", "postcode": "04109",
                 "city": "Leipzig", "countryCode": "DE", "iban": "DE89370400440532013000",
                 "bankName": "Commerzbank Leipzig"}""");
        assertThat(profile.statusCode()).as("company profile: " + profile.body()).isEqualTo(200);
        String pipeline = hub.shell("debitum:pipeline " + TENANT);
        assertThat(pipeline).contains("1 Briefe im Postausgang");
        HttpResponse<String> listed = api("GET", "/tenants/" + TENANT + "/outbox", null);
        String debtor = listed.body().replaceAll(".*\"debtorName\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(debtor).as("debtor of the letter in " + listed.body()).isIn("Muster GmbH", "Schmidt & Söhne KG");

        browser.open("output");
        browser.byId("output-view");
        browser.wait.until(d -> !d.findElements(By.cssSelector("[id^=pdf-]")).isEmpty());
        assertThat(browser.pageText()).contains("Ausgang", "Mahnung", "Druckstapel", "wartet auf den nächsten Druckstapel");
        assertThat(browser.driver.findElements(By.cssSelector("#output-entries vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)).contains(debtor);
        browser.screenshot(screenshots.resolve("output.png"));

        List<WebElement> links = browser.driver.findElements(By.cssSelector("[id^=pdf-]"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getDomAttribute("target")).isEqualTo("_blank");
        byte[] pdf = downloadInSession(links.get(0).getDomProperty("href"), "application/pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument letter = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(letter);
            assertThat(text).contains(debtor, "Muster Handel GmbH");
        }

        choose("output-status-filter", "versendet");
        browser.wait.until(d -> d.findElements(By.cssSelector("[id^=pdf-]")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    @Order(90)
    void operatorSwitchesTenant() throws Exception {
        createTenant(OTHER_TENANT, "Beispiel AG");
        browser.open("overview");
        browser.byId("amounts-EUR");
        pickTenant(OTHER_TENANT);
        browser.wait.until(d -> browser.pageText().contains("Noch keine offenen Posten"));
        assertThat(browser.driver.findElements(By.id("amounts-EUR"))).isEmpty();

        pickTenant(TENANT);
        browser.byId("amounts-EUR");
    }

    @Test
    @Order(95)
    void operatorUploadsRollsBackAndUninstallsBundle() throws Exception {
        Path folder = target.resolve("ui-it/bundles");
        Path v1 = TestConnectorBundle.write(folder, "1.0.0");
        Path v2 = TestConnectorBundle.write(folder, "1.0.1");
        String name = TestConnectorBundle.SYMBOLIC_NAME;

        browser.open("overview");
        browser.byId("main-menu");
        assertThat(browser.pageText()).contains("Connector-Bundles");
        browser.open("bundles");
        browser.byId("bundles-view");
        assertThat(browser.byId("bundles-status").getText()).contains("noch kein Bundle");

        uploadBundle(v1);
        awaitBundleOperationDone("Hochladen von " + v1.getFileName());
        assertThat(browser.byId("bundles-grid").getText()).contains(name, "1.0.0", "aktiv");
        assertThat(browser.byId("bundles-log").getText()).contains("Installiert: " + name + " 1.0.0", "Stabil");

        // The upgrade replaces 1.0.0 in place; the view offers to go back to it.
        uploadBundle(v2);
        awaitBundleOperationDone("Hochladen von " + v2.getFileName());
        browser.wait.until(d -> browser.byId("rollback-" + name).getText().contains("Zurück auf 1.0.0"));
        assertThat(browser.byId("bundles-grid").getText()).contains("1.0.1");
        browser.screenshot(screenshots.resolve("bundles.png"));

        browser.click("rollback-" + name);
        confirmDialog();
        awaitBundleOperationDone("Zurücksetzen von " + name + " auf 1.0.0");
        assertThat(browser.byId("bundles-log").getText()).contains("Installiert: " + name + " 1.0.0");
        browser.wait.until(d -> browser.byId("rollback-" + name).getText().contains("Zurück auf 1.0.1"));

        // Leaving the page and coming back shows the last operation's log again.
        browser.open("overview");
        browser.open("bundles");
        assertThat(browser.byId("bundles-log").getText()).contains("Installiert: " + name + " 1.0.0");

        browser.click("uninstall-" + name);
        confirmDialog();
        awaitBundleOperationDone("Deinstallieren von " + name + " 1.0.0");
        assertThat(browser.byId("bundles-log").getText()).contains(name + ": entfernt");
        assertThat(browser.byId("bundles-grid").getText()).doesNotContain(name);
    }

    /**
     * Uploads a bundle file. The upload takes one file at a time, so the browser rejects a file while
     * the one uploaded before is still listed. The view empties the list after each upload.
     */
    private void uploadBundle(Path jar) throws Exception {
        WebElement upload = browser.byId("bundle-upload");
        browser.wait.until(d -> ((Number) browser.script("return arguments[0].files.length", upload)).intValue() == 0);
        WebElement fileInput = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(jar.toRealPath().toString());
    }

    /** Waits until the operation whose first log line names {@code operation} has finished without failure. */
    private void awaitBundleOperationDone(String operation) {
        // A wait of its own, because withTimeout changes the shared wait for all later steps.
        WebDriverWait operationWait = new WebDriverWait(browser.driver, Duration.ofSeconds(90));
        operationWait.ignoring(StaleElementReferenceException.class);
        operationWait.until(d -> browser.byId("bundles-log").getText().contains("Gestartet: " + operation));
        operationWait.until(d -> !browser.byId("bundles-status").getText().startsWith("Läuft"));
        assertThat(browser.byId("bundles-status").getText()).isEqualTo("Abgeschlossen.");
    }

    /** Clicks the confirm button of the open confirm dialog, wherever the overlay has put it. */
    private void confirmDialog() {
        browser.wait.until(d -> Boolean.TRUE.equals(browser.script(
                "function find(n){if(!n){return null;}"
                        + "if(n.nodeType===1&&n.localName==='vaadin-button'&&n.getAttribute('slot')==='confirm-button'"
                        + "&&n.offsetParent!==null){return n;}"
                        + "if(n.shadowRoot){var r=find(n.shadowRoot);if(r){return r;}}"
                        + "for(var c=n.firstElementChild;c;c=c.nextElementSibling){var f=find(c);if(f){return f;}}"
                        + "return null;}"
                        + "var b=find(document.body); if(!b){return false;} b.click(); return true;")));
    }

    @Test
    @Order(100)
    void datevExportIsDownloaded() throws Exception {
        String settings = hub.shell("debitum:ledger-settings " + TENANT + " consultant=29098 client=55003");
        assertThat(settings).contains("29098");
        YearMonth now = YearMonth.now(java.time.ZoneId.of("Europe/Berlin"));
        browser.open("ledger");
        browser.byId("ledger-view");
        assertThat(browser.pageText()).contains("Buchhaltung", "DATEV-Export", "Perioden", "Exporte");
        // The invoices of the CSV step are dated up to 134 days back: six months cover them all.
        type("ledger-from", now.minusMonths(5).toString());
        type("ledger-to", now.toString());
        browser.click("ledger-export");

        browser.wait.withTimeout(Duration.ofSeconds(120)).until(d -> browser.byId("ledger-export-result").isDisplayed());
        String result = browser.byId("ledger-export-result").getText();
        assertThat(result).contains("6 Monate exportiert", "EXTF_Buchungsstapel_").doesNotContain("abgebrochen");
        browser.wait.until(d -> browser.pageText().contains("exportiert"));
        browser.screenshot(screenshots.resolve("ledger.png"));

        List<WebElement> links = browser.driver.findElements(By.cssSelector("#ledger-exports a")).stream()
                .filter(a -> a.getText().startsWith("EXTF_Buchungsstapel_")).toList();
        assertThat(links).isNotEmpty();
        StringBuilder all = new StringBuilder();
        for (WebElement link : links) {
            assertThat(link.getDomAttribute("download")).startsWith("EXTF_Buchungsstapel_");
            byte[] file = downloadInSession(link.getDomProperty("href"), "text/csv");
            String text = new String(file, java.nio.charset.Charset.forName("windows-1252"));
            assertThat(text).startsWith("\"EXTF\";700;21;\"Buchungsstapel\"");
            assertThat(text.split("\r\n", -1).length).as("header, columns, bookings, end").isGreaterThan(3);
            assertThat(text.replace("\r\n", "")).as("line feed without carriage return").doesNotContain("\n");
            all.append(text);
        }
        // Every invoice of the CSV step is in one of the files: four of 1.190,00 and one of 595,00.
        assertThat(all.toString().split("1190,00;\"S\";\"EUR\"", -1)).hasSize(5);
        assertThat(all.toString()).contains("595,00;\"S\";\"EUR\"");
    }

    @Test
    @Order(105)
    void ledgerAccountsAreSavedAndReset() throws Exception {
        browser.open("settings");
        browser.byId("ledger-settings");
        // The sections start closed; fields in a closed section cannot take keys.
        browser.script("arguments[0].opened = true; arguments[1].opened = true;",
                browser.byId("ledger-settings-accounts"), browser.byId("ledger-settings-bank-accounts"));
        assertThat(inputOf("ledger-settings-account-REVENUE_19").getDomAttribute("placeholder")).isEqualTo("8400");

        type("ledger-settings-account-REVENUE_19", "8401");
        browser.click("ledger-settings-bank-add");
        // One digit off: the check digits do not match, and the form names the IBAN before sending.
        type("ledger-settings-bank-iban-0", "DE89 3704 0044 0532 0130 01");
        type("ledger-settings-bank-account-0", "1210");
        browser.click("ledger-settings-save");
        browser.wait.until(d -> browser.byId("ledger-settings-error").isDisplayed());
        assertThat(browser.byId("ledger-settings-error").getText())
                .contains("IBAN DE89370400440532013001 ist ungültig", "Prüfziffern");

        type("ledger-settings-bank-iban-0", "DE89 3704 0044 0532 0130 00");
        browser.click("ledger-settings-save");
        browser.wait.until(d -> !browser.byId("ledger-settings-error").isDisplayed());
        HttpResponse<String> saved = api("GET", "/tenants/" + TENANT + "/ledger/settings", null);
        assertThat(saved.body().replace(" ", "")).contains("\"ownAccounts\":{\"REVENUE_19\":8401}",
                "\"bankAccounts\":{\"DE89370400440532013000\":1210}");

        // An emptied field and a removed row reset the accounts on the hub.
        type("ledger-settings-account-REVENUE_19", "");
        browser.click(browser.driver.findElements(By.cssSelector("[id^=ledger-settings-bank-remove-]")).get(0));
        browser.waitForVaadin();
        browser.click("ledger-settings-save");
        browser.waitForVaadin();
        assertThat(browser.byId("ledger-settings-error").isDisplayed()).isFalse();
        String reset = api("GET", "/tenants/" + TENANT + "/ledger/settings", null).body().replace(" ", "");
        assertThat(reset).contains("\"ownAccounts\":{}", "\"bankAccounts\":{}");
    }

    @Test
    @Order(106)
    void bounceMailboxIsSavedMaskedAndDeleted() throws Exception {
        // A socket of this test takes the IMAP server's place, in case the hub polls while the mailbox is saved.
        try (ServerSocket imap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            browser.open("settings");
            browser.byId("bounce-mailbox");
            assertThat(browser.byId("bounce-mailbox-status").getText())
                    .isEqualTo("Nicht eingerichtet: Bounces werden nicht gelesen.");

            type("bounce-mailbox-host", "127.0.0.1");
            type("bounce-mailbox-port", String.valueOf(imap.getLocalPort()));
            choose("bounce-mailbox-tls", "keine");
            type("bounce-mailbox-username", "bounces");
            browser.click("bounce-mailbox-save");
            browser.wait.until(d -> browser.byId("bounce-mailbox-error").isDisplayed());
            assertThat(browser.byId("bounce-mailbox-error").getText())
                    .isEqualTo("Das IMAP-Passwort fehlt. Beim ersten Speichern ist es nötig.");

            // The hub checks the host name and names it in the user's language.
            type("bounce-mailbox-password", "imap-passwort-7");
            type("bounce-mailbox-host", "imap server");
            browser.click("bounce-mailbox-save");
            browser.wait.until(d -> browser.byId("bounce-mailbox-error").getText()
                    .startsWith("Ungültiger IMAP-Server 'imap server'."));

            type("bounce-mailbox-host", "127.0.0.1");
            type("bounce-mailbox-folder", "Bounces");
            browser.click("bounce-mailbox-save");
            browser.wait.until(d -> browser.byId("bounce-mailbox-status").getText().startsWith("Eingerichtet."));
            assertThat(browser.byId("bounce-mailbox-error").isDisplayed()).isFalse();
            assertThat(inputOf("bounce-mailbox-password").getDomProperty("value")).isEmpty();
            assertThat(inputOf("bounce-mailbox-password").getDomAttribute("placeholder"))
                    .isEqualTo("gespeichert; leer lassen, um es zu behalten");
            String saved = api("GET", "/tenants/" + TENANT + "/output/bounce-mailbox", null).body().replace(" ", "");
            assertThat(saved).contains("\"configured\":true", "\"tls\":\"NONE\"", "\"folder\":\"Bounces\"",
                    "\"passwordSaved\":true").doesNotContain("imap-passwort-7");
            // The heading of the panel is its previous sibling.
            browser.script("arguments[0].previousElementSibling.scrollIntoView()", browser.byId("bounce-mailbox"));
            browser.screenshot(screenshots.resolve("settings-bounce-mailbox.png"));

            browser.click("bounce-mailbox-delete");
            browser.wait.until(d -> browser.pageText().contains("Bounce-Postfach löschen?"));
            confirmDialog();
            browser.wait.until(d -> browser.byId("bounce-mailbox-status").getText().startsWith("Nicht eingerichtet"));
            assertThat(api("GET", "/tenants/" + TENANT + "/output/bounce-mailbox", null).body().replace(" ", ""))
                    .isEqualTo("{\"configured\":false}");
        }
    }

    /** Fetches a link of the UI with the browser's session cookie, as the browser's own download would. */
    private byte[] downloadInSession(String href, String contentType) throws Exception {
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("download of " + href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase(java.util.Locale.ROOT)).startsWith(contentType));
        return response.body();
    }

    @Test
    @Order(110)
    void settingsShowUsersAndKeys() throws Exception {
        browser.open("settings");
        browser.byId("users");
        browser.wait.until(d -> browser.pageText().contains("Benutzer von " + TENANT));
        assertThat(browser.pageText()).contains("API-Schlüssel von " + TENANT);
        browser.screenshot(screenshots.resolve("settings.png"));
    }

    @Test
    @Order(115)
    void companyDataLogoAndLetterPreview() throws Exception {
        browser.open("settings");
        browser.byId("company-profile");
        type("company-companyName", "Muster Maschinenbau GmbH");
        type("company-street", "Hafenstraße 12");
        type("company-postcode", "28195");
        type("company-city", "Bremen");
        type("company-email", "buchhaltung@muster-maschinenbau.example");
        type("company-phone", "0421 123456-0");
        type("company-bankName", "Sparkasse Bremen");
        type("company-bic", "SBREDE22XXX");
        type("company-registerCourt", "Amtsgericht Bremen");
        type("company-registerNumber", "HRB 12345");
        type("company-accentColour", "#8B1A1A");
        // One digit off: the check digits do not match, and the hub names the field in German.
        type("company-iban", "DE89 3704 0044 0532 0130 01");
        browser.click("company-save");
        browser.wait.until(d -> browser.byId("company-error").isDisplayed());
        assertThat(browser.byId("company-error").getText()).contains("Ungültiger Wert", "IBAN", "Prüfziffer");

        type("company-iban", "DE89 3704 0044 0532 0130 00");
        browser.click("company-save");
        browser.wait.until(d -> !browser.byId("company-error").isDisplayed());
        assertThat(browser.byId("company-colour-swatch").getCssValue("background-color")).isEqualTo("rgba(139, 26, 26, 1)");

        Path logo = Path.of("src/test/resources/browser/logo-muster.png");
        WebElement fileInput = browser.byId("logo-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(logo.toRealPath().toString());
        browser.wait.until(d -> !d.findElements(By.id("company-logo")).isEmpty()
                && ((Number) browser.script("return arguments[0].naturalWidth", browser.byId("company-logo")))
                .intValue() == 360);
        // Vaadin leaves a hidden component out of the page until it is first shown.
        assertThat(browser.driver.findElements(By.id("logo-error"))).noneMatch(WebElement::isDisplayed);

        WebElement preview = browser.byId("letter-preview");
        assertThat(preview.getText()).isEqualTo("Musterbrief ansehen");
        assertThat(preview.getDomAttribute("target")).isEqualTo("_blank");
        byte[] pdf = downloadInSession(preview.getDomProperty("href"), "application/pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(target.resolve("ui-it/letter-preview.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Muster Maschinenbau GmbH", "Hafenstraße 12", "Beispielkunde GmbH");
            assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
        // The page is taller than the window: the picture shows the end of the form and the letterhead.
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.byId("company-save"));
        browser.screenshot(screenshots.resolve("settings.png"));
    }

    @Test
    @Order(120)
    void signOutReturnsToLogin() {
        browser.click("logout");
        browser.byId("login-form");

        browser.open("overview");
        browser.byId("login-form");
    }

    @Test
    @Order(117)
    void matchingReviewPagesThroughSuggestions() throws Exception {
        // Three payers that are no debtors pay three invoices in full: each payment waits for review,
        // and the UI of this test shows two suggestions per page.
        String booked = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
        StringBuilder csv = new StringBuilder("Auftragskonto;Buchungstag;Valutadatum;Verwendungszweck;"
                + "Beguenstigter/Zahlungspflichtiger;Kontonummer/IBAN;Betrag;Waehrung\n");
        List<String> payers = List.of("Zahldienst Nord GmbH", "Zahldienst Süd GmbH", "Zahldienst West GmbH");
        for (int i = 0; i < payers.size(); i++) {
            csv.append("DE89370400440532013000;").append(booked).append(';').append(booked).append(";RE-UI-000")
                    .append(i + 1).append(';').append(payers.get(i)).append(";;1190,00;EUR\n");
        }
        uploadCsv("CSV mit Zahlungen", "zahlungen-seiten.csv", csv.toString(), PAYMENT_CSV_INSTANCE);

        // Vaadin leaves a hidden component out of the page, so the pager is there only with a second page.
        browser.wait.withTimeout(Duration.ofSeconds(90)).until(d -> {
            browser.open("matching");
            browser.byId("suggestions");
            return !d.findElements(By.id("suggestions-pager")).isEmpty();
        });
        assertThat(browser.byId("suggestions-page").getText()).isEqualTo("Seite 1");
        // WebElement.isEnabled() reads only native form controls; a Vaadin button carries the attribute.
        assertThat(browser.byId("suggestions-previous").getDomAttribute("disabled")).isNotNull();
        assertThat(browser.byId("suggestions-next").getDomAttribute("disabled")).isNull();
        List<String> firstPage = suggestionIds();
        assertThat(firstPage).hasSize(2);

        browser.click("suggestions-next");
        browser.wait.until(d -> browser.byId("suggestions-page").getText().equals("Seite 2"));
        List<String> secondPage = suggestionIds();
        assertThat(secondPage).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
        browser.screenshot(screenshots.resolve("matching-pages.png"));

        browser.click("suggestions-previous");
        browser.wait.until(d -> browser.byId("suggestions-page").getText().equals("Seite 1"));
        assertThat(suggestionIds()).isEqualTo(firstPage);
    }

    /** Returns the ids of the suggestions the matching view shows, in order. */
    private List<String> suggestionIds() {
        browser.waitForVaadin();
        // The grid may keep the cells of rows it no longer shows in the page, hidden, for reuse.
        return browser.driver.findElements(By.cssSelector("[id^=explanation-]")).stream()
                .filter(WebElement::isDisplayed)
                .map(box -> box.getDomAttribute("id").substring("explanation-".length())).toList();
    }

    /** Sets up a CSV connector instance that reads {@code recordKind} rows from its own inbox folder. */
    private void addCsvConnector(String instanceId, String folderName, String recordKind) throws Exception {
        Path folder = inbox.resolveSibling(folderName);
        Files.createDirectories(folder);
        browser.open("connectors");
        browser.click("connector-add");
        browser.byId("connector-dialog");
        choose("new-connector-type", "(csv)");
        // The dialog scrolls the id field out of reach once the type's form shows, so a script sets it.
        browser.script("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.byId("new-connector-id"), instanceId);
        browser.waitForVaadin();
        type("field-folder", folder.toString());
        choose("field-recordKind", recordKind);
        browser.click("connector-save");
        browser.byId("test-" + instanceId);
    }

    /**
     * Uploads a file on the imports view as the kind with that label, or as the default kind (bank
     * statement) when the label is null, and waits until the hub names the instance that took it.
     */
    private void uploadCsv(String kindLabel, String fileName, String content, String instanceId) throws Exception {
        browser.open("imports");
        if (kindLabel != null) {
            choose("upload-kind", kindLabel);
        }
        Path csv = target.resolve("ui-it/" + fileName);
        Files.writeString(csv, content, StandardCharsets.UTF_8);
        WebElement fileInput = browser.byId("upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(csv.toRealPath().toString());
        browser.wait.until(d -> browser.byId("upload-result").isDisplayed()
                && browser.byId("upload-result").getText().contains(instanceId));
    }

    /** Types a tenant id into the operator's tenant selector and picks it; the page reloads. */
    private void pickTenant(String tenant) {
        WebElement input = inputOf("tenant-select");
        input.clear();
        input.sendKeys(tenant);
        browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().equals(tenant)));
        browser.click(browser.driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().equals(tenant)).findFirst().orElseThrow());
        // The page reloads with the new tenant; elements of the old page go stale meanwhile.
        browser.wait.ignoring(StaleElementReferenceException.class)
                .until(d -> tenant.equals(inputOf("tenant-select").getDomProperty("value")));
        browser.waitForVaadin();
    }

    /** Opens a vaadin-select and picks the item whose text contains {@code label}. */
    private void choose(String selectId, String label) {
        browser.byId(selectId).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().contains(label)));
        browser.driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().contains(label)).findFirst().orElseThrow().click();
        browser.waitForVaadin();
    }

    private WebElement inputOf(String fieldId) {
        return browser.byId(fieldId).findElement(By.cssSelector("input"));
    }

    private void type(String fieldId, String text) {
        WebElement input = inputOf(fieldId);
        if (text.isEmpty()) {
            // clear() fires no input event, so the Vaadin field would keep its value. Deleting the selected
            // text fires one, and leaving the field commits the empty value as a user's Tab key does.
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
        } else {
            input.clear();
            input.sendKeys(text);
        }
        browser.script("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
    }

    private void createTenant(String id, String name) throws Exception {
        HttpResponse<String> created = api("POST", "/tenants", "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}");
        assertThat(created.statusCode()).as("tenant " + id + ": " + created.body()).isEqualTo(201);
    }

    /** Calls the hub's API as the operator, with a JSON body or none. */
    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hub.url() + "/api/v1" + path))
                .header("Authorization", "Bearer " + apiToken)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Creates the test tenant through the API, as an operator would before anyone signs in. The
     * hub reports healthy before its API servlet and first operator are ready, so the token
     * request is repeated for a while.
     */
    private void createFirstTenant() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest tokenRequest = HttpRequest.newBuilder(URI.create(hub.url() + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                .build();
        HttpResponse<String> token = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            token = http.send(tokenRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (token.statusCode() == 200) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(token.statusCode()).as("token: " + token.body()).isEqualTo(200);
        apiToken = token.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        createTenant(TENANT, "Muster GmbH");
    }
}
