package dev.naoru.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The playground in headless Chromium: Debian's /usr/bin/chromium and /usr/bin/chromedriver, given
 * explicitly so Selenium Manager never downloads anything. Skipped, saying why, when they are missing.
 */
class PlaygroundBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static NaoruServer server;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static Path profile;

    private static final boolean AVAILABLE = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    private static final String MISSING = "skipped: headless Chromium is not installed (needs /usr/bin/chromium and "
            + "/usr/bin/chromedriver: apt-get install -y chromium chromium-driver)";

    @BeforeAll
    static void start() throws Exception {
        if (!AVAILABLE) return;   // each test is then skipped with the reason, see requireChromium()
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");
        server = new NaoruServer(TestKb.shared(), ServerConfig.defaults(0)).start();
        profile = Files.createTempDirectory("naoru-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1200,1600", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @BeforeEach
    void requireChromium() {
        assumeTrue(AVAILABLE, MISSING);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        if (server != null) server.stop();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private void open() {
        driver.get("http://127.0.0.1:" + server.port() + "/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    private void submit(String text) {
        WebElement area = driver.findElement(By.id("text"));
        area.clear();
        area.sendKeys(text);
        String before = driver.findElement(By.id("device-info")).getText();
        driver.findElement(By.id("submit")).click();
        wait.until(d -> d.findElement(By.id("result")).isDisplayed() && !d.findElement(By.id("device-info")).getText().equals(before)
                || d.findElement(By.id("error")).isDisplayed());
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    void vagueMessageAsksQuestionsAndAnswersRefineThePlan() throws Exception {
        open();
        assertThat(driver.getTitle()).contains("Naoru");
        List<WebElement> devices = new Select(driver.findElement(By.id("device"))).getOptions();
        assertThat(devices).hasSize(7); // 自動判定 and the KB's six devices (other-app included)
        assertThat(devices.get(0).getText()).contains("自動判定");

        submit("メールを取得できません");
        assertThat(text("device-info")).contains("未特定");
        WebElement outlook = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#questions button[data-question='device'][data-option='outlook']")));
        String label = outlook.getText();
        assertThat(label).as("the KB's option label").isNotBlank();
        outlook.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("device-info"), "回答から"));
        assertThat(driver.findElement(By.cssSelector("#answers [data-answer='device']")).getText()).contains("→ " + label);

        WebElement otherDevices = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#questions button[data-question='other-devices'][data-option='yes']")));
        assertThat(otherDevices.getText()).isNotBlank();
        otherDevices.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answers [data-answer='other-devices']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#causes [data-cause='server-outage']")));
        List<String> stepIds = driver.findElements(By.cssSelector("#plan .step")).stream().map(e -> e.getAttribute("data-step")).toList();
        assertThat(stepIds).contains("check-system-status", "wait-for-recovery").doesNotContain("readd-account");
        screenshot("playground-multiturn.png");
    }

    @Test
    void planIsGroupedByStageWithInstructionsAndReasons() throws Exception {
        open();
        new Select(driver.findElement(By.id("device"))).selectByValue("iphone");
        submit("メールを取得できませんと出る。パスワードは最近変えました");
        assertThat(driver.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("plan");
        assertThat(text("device-info")).contains("（指定）");
        assertThat(driver.findElement(By.cssSelector("#symptoms [data-symptom='cannot-fetch']")).getText()).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("#contexts [data-context='password-changed']"))).hasSize(1);

        List<String> stages = driver.findElements(By.cssSelector("#plan .stage")).stream().map(e -> e.getAttribute("data-stage")).toList();
        List<String> order = List.of("isolate", "refresh", "reauth", "reconfigure", "sender", "escalate");
        assertThat(stages).isNotEmpty().isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
        assertThat(driver.findElement(By.cssSelector("#plan .stage[data-stage='isolate'] h3")).getText()).contains("切り分け");
        WebElement reauth = driver.findElement(By.cssSelector("#plan .stage[data-stage='reauth']"));
        assertThat(reauth.findElements(By.cssSelector(".step")).get(0).getAttribute("data-step")).isEqualTo("reenter-password");
        for (WebElement step : driver.findElements(By.cssSelector("#plan .step"))) {
            assertThat(step.findElement(By.cssSelector(".step-title")).getText()).isNotBlank();
            assertThat(step.findElement(By.cssSelector(".instructions")).getText()).isNotBlank();
            assertThat(step.findElements(By.cssSelector(".because li"))).isNotEmpty();
        }
        WebElement first = driver.findElement(By.cssSelector("#plan .step details.because"));
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElement(By.cssSelector("li")).getText()).startsWith("rule: ");
        screenshot("playground-plan.png");

        driver.findElement(By.id("explain-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("explain")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#explain-rules li")));
        assertThat(text("explain-normalized")).contains("取得");
        assertThat(driver.findElements(By.cssSelector("#explain-body .token"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#explain-rules li"))).isNotEmpty();
        screenshot("playground-explain.png");
    }

    @Test
    void emptyAndOffTopicMessages() {
        open();
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(text("error")).contains("メッセージを入力してください");

        submit("今日の天気を教えて");
        assertThat(driver.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("no_match");
        assertThat(driver.findElement(By.id("no-steps")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
    }

    private String renders() {
        String r = driver.findElement(By.tagName("body")).getAttribute("data-renders");
        return r == null ? "0" : r;
    }

    /** Clicks and waits until the page has rendered the next result (or shown an error). */
    private void clickAndWait(WebElement button) {
        String before = renders();
        button.click();
        wait.until(d -> !renders().equals(before) || d.findElement(By.id("error")).isDisplayed());
    }

    @Test
    void guidedModeOffersOneStepAtATimeAndHandsOverWhenNothingWorks() throws Exception {
        open();
        driver.findElement(By.id("guided-mode")).click();
        submit("OutlookでiCloudのパスワードを何度も聞かれる。私は佐藤一郎です");
        java.util.Set<String> offered = new java.util.HashSet<>();
        for (int turn = 0; turn < 60 && !driver.findElement(By.id("handoff")).isDisplayed(); turn++) {
            List<WebElement> questions = driver.findElements(By.cssSelector("#questions button[data-option='no']"));
            if (!questions.isEmpty() && driver.findElement(By.id("questions")).isDisplayed()) {
                clickAndWait(questions.get(0));     // the questions as buttons
                continue;
            }
            assertThat(driver.findElement(By.id("guided")).isDisplayed()).as("a step is offered").isTrue();
            assertThat(driver.findElement(By.id("plan-view")).isDisplayed()).as("guided mode hides the full plan").isFalse();
            assertThat(driver.findElements(By.cssSelector("#guided-step .step"))).hasSize(1);
            String step = driver.findElement(By.id("guided")).getAttribute("data-step");
            assertThat(offered.add(step)).as("%s offered twice", step).isTrue();
            if (offered.size() == 1) assertThat(step).isEqualTo("app-password");
            assertThat(driver.findElements(By.cssSelector("button.outcome")).stream().map(WebElement::getText).toList())
                    .containsExactly("解決した", "解決しない", "できない");
            clickAndWait(driver.findElement(By.cssSelector("button.outcome[data-outcome='not-fixed']")));
            assertThat(driver.findElement(By.cssSelector("#tried-list [data-tried='" + step + "']")).getAttribute("data-outcome")).isEqualTo("not-fixed");
        }
        assertThat(driver.findElement(By.id("handoff")).isDisplayed()).as("reaches the handoff").isTrue();
        assertThat(driver.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("escalate");
        String summary = text("handoff-summary");
        assertThat(summary).contains("【引き継ぎ】", "試した手順", "次の対応").doesNotContain("佐藤一郎");
        for (String s : offered) assertThat(summary).as("handoff lists %s", s).contains("(" + s + ") → 解決しない");
        screenshot("playground-guided-handoff.png");
    }

    @Test
    void guidedModeEndsResolvedWhenAStepFixesIt() throws Exception {
        open();
        driver.findElement(By.id("guided-mode")).click();
        new Select(driver.findElement(By.id("device"))).selectByValue("iphone");
        submit("メールを取得できません");
        while (!driver.findElement(By.id("guided")).isDisplayed()) {
            clickAndWait(driver.findElement(By.cssSelector("#questions button[data-option='no']")));
        }
        String step = driver.findElement(By.id("guided")).getAttribute("data-step");
        String title = driver.findElement(By.cssSelector("#guided-step .step-title")).getText();
        clickAndWait(driver.findElement(By.cssSelector("button.outcome[data-outcome='fixed']")));
        assertThat(driver.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("resolved");
        assertThat(text("resolved-by")).contains(title);
        assertThat(driver.findElement(By.cssSelector("#tried-list [data-tried='" + step + "']")).getAttribute("data-outcome")).isEqualTo("fixed");
        assertThat(driver.findElement(By.id("prevention")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("guided")).isDisplayed()).isFalse();
        screenshot("playground-guided-resolved.png");
    }

    @Test
    void apiErrorsAreShownInJapaneseAndTheFaviconIsServed() {
        open();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('text').value = 'メ'.repeat(2001);");
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(text("error")).contains("2,000 文字以内", "text_too_long").doesNotContain("characters");
        Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('link[rel=icon]').href).then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertThat(String.valueOf(status)).startsWith("200 image/svg+xml");
    }

    /** Leaves a screenshot in target/ for people to look at; not asserted. */
    private static void screenshot(String name) throws Exception {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
