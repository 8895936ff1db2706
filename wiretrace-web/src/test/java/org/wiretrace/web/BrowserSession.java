package org.wiretrace.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Playwright, for browser tests. Skips the test (JUnit
 * assumption) when {@code /usr/bin/chromium} is absent. Collects console errors and uncaught page
 * errors so tests can assert that nothing misbehaved.
 */
final class BrowserSession implements AutoCloseable {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;
  private final BrowserContext context;
  final List<String> consoleErrors = new ArrayList<>();

  private BrowserSession() {
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
  }

  /** Opens a browser, or skips the calling test when Chromium is not installed. */
  static BrowserSession open() {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + "; browser test skipped");
    return new BrowserSession();
  }

  /** Opens a new tab that records console errors and page errors. */
  Page newPage() {
    Page page = context.newPage();
    page.onConsoleMessage(m -> {
      if (m.type().equals("error")) {
        consoleErrors.add(m.text());
      }
    });
    page.onPageError(e -> consoleErrors.add("page error: " + e));
    return page;
  }

  /** Saves a full-page screenshot under target/screenshots and returns its path. */
  static Path screenshot(Page page, String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  @Override
  public void close() {
    context.close();
    browser.close();
    playwright.close();
  }
}
