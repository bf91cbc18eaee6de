package io.hecha.serve;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's chromium driven through Debian's chromedriver (installed by
 * scripts/install-test-packages.sh, which mvn test runs): no browser download, Selenium Manager
 * never runs. Headless, as root in CI (no sandbox), no background network.
 */
final class Browser {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    static ChromeDriver start(Path profile) {
        for (String f : new String[]{CHROMIUM, DRIVER}) {
            if (!Files.isExecutable(Path.of(f))) {
                throw new IllegalStateException(f + " is missing: run scripts/install-test-packages.sh (mvn test runs it)");
            }
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-extensions", "--window-size=1400,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
