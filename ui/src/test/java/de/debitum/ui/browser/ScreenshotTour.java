package de.debitum.ui.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;

/**
 * Signs in to a running UI and takes a screenshot of each view, for looking at the UI by hand.
 * Usage: {@code ScreenshotTour UI_URL USER PASSWORD OUTPUT_FOLDER}. The browser tests take the
 * screenshots in docs/screenshots themselves, against a real hub.
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("Usage: ScreenshotTour UI_URL USER PASSWORD OUTPUT_FOLDER");
            System.exit(2);
        }
        String url = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Path out = Path.of(args[3]);
        try (Browser browser = Browser.start(url)) {
            browser.open("login");
            browser.screenshot(out.resolve("login.png"));
            browser.signIn(args[1], args[2]);
            browser.byId("overview-view");
            browser.screenshot(out.resolve("overview.png"));
            for (String view : new String[] {"connectors", "receivables", "matching", "imports", "dunning", "output",
                    "ledger", "settings"}) {
                browser.open(view);
                browser.byId(view + "-view");
                browser.screenshot(out.resolve(view + ".png"));
            }
            browser.open("connectors");
            browser.wait.until(d -> !d.findElements(By.id("configure-muster-gmbh.mail")).isEmpty());
            browser.driver.findElement(By.id("configure-muster-gmbh.mail")).click();
            browser.byId("connector-dialog");
            browser.screenshot(out.resolve("connector-dialog.png"));
        }
    }
}
