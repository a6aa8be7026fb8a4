package de.debitum.ui.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, with the helpers the browser tests
 * share: sign in, open a view, wait for Vaadin, take a screenshot.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Vaadin re-renders parts of the page while a condition is polled; a stale element is retried.
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** Returns why the browser cannot run here, or empty when Chromium and chromedriver are installed. */
    static Optional<String> missing() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of("Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "); install them with 'apt-get install chromium chromium-driver'");
        }
        return Optional.empty();
    }

    /**
     * Starts Chromium with German as the browser language, as most of Debitum's users have it. The
     * window is 1000 pixels high and as wide as the system property {@code debitum.browser.width}
     * sets, 1600 pixels by default.
     */
    static Browser start(String baseUrl) {
        int width = Integer.parseInt(System.getProperty("debitum.browser.width", "1600"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + ",1000", "--accept-lang=de-DE,de", "--lang=de-DE",
                "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), baseUrl);
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    void signIn(String user, String password) {
        open("login");
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        // vaadin-login-form renders light-DOM inputs named username and password.
        WebElement name = wait.until(d -> form.findElement(By.cssSelector("input[name=username]")));
        name.sendKeys(user);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
    }

    /**
     * Clicks an element through JavaScript after scrolling it into view, so that a notification
     * lying over it or a grid scrolled sideways does not swallow the click.
     */
    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    void click(String id) {
        click(byId(id));
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Waits until Vaadin has no request in flight. */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;"
                        + "var clients = window.Vaadin.Flow.clients;"
                        + "for (var c in clients) { if (clients[c].isActive && clients[c].isActive()) return false; }"
                        + "return true;")));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Returns the text of the whole page, including the shadow roots of Vaadin components. */
    String pageText() {
        return (String) script("function t(n){var s='';"
                + "if(n.shadowRoot){s+=t(n.shadowRoot);}"
                + "for(var c=n.firstChild;c;c=c.nextSibling){"
                + "if(c.nodeType===3){s+=c.textContent+' ';}else if(c.nodeType===1||c.nodeType===11){s+=t(c);}}"
                + "return s;} return t(document.body);");
    }

    /** Saves a screenshot of the window; notifications of earlier steps are hidden meanwhile. */
    void screenshot(Path file) throws IOException {
        waitForVaadin();
        Files.createDirectories(file.getParent());
        String notifications = "var c = document.querySelector('vaadin-notification-container');"
                + "if (c) { c.style.visibility = arguments[0]; }";
        script(notifications, "hidden");
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            script(notifications, "");
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
