package dev.newsie.report;

import dev.newsie.TestPipelines;
import dev.newsie.canon.CanonicalNames;
import dev.newsie.ingest.Inputs;
import dev.newsie.pipeline.BatchRunner;
import dev.newsie.pipeline.ResumeState;
import dev.newsie.serve.ExtractionService;
import dev.newsie.serve.NewsieServer;
import dev.newsie.serve.ServeSettings;
import dev.newsie.serve.ServiceMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review page and report.html in headless Chromium: paste a corpus article, submit, and find highlighted
 * mentions and event cards in the DOM; open a report of the corpus against gold and find the same. A failing
 * test leaves a screenshot under target/browser-screenshots/. With {@code -Dnewsie.screenshots=DIR} every
 * test also saves its page there (the README's pictures: {@code docs/}).
 */
class ReviewPageBrowserTest {
    private static final String ARTICLE = "corpus/004_51cf3280e7a5b02c.txt";
    private static NewsieServer server;
    private WebDriver driver;

    @BeforeAll
    static void startServer() throws Exception {
        ServeSettings settings = new ServeSettings("127.0.0.1", 0, 2, 4, 8L << 20, 60_000, 10_000);
        ServiceMetrics metrics = new ServiceMetrics();
        ExtractionService service = new ExtractionService(TestPipelines::extracting, settings, metrics);
        server = new NewsieServer(service, metrics, settings, "default").start();
        service.loading().get(120, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Runs the check; on failure keeps a screenshot of what the browser showed. */
    private void checked(TestInfo info, String picture, Runnable check) {
        String name = info.getTestMethod().orElseThrow().getName();
        try {
            check.run();
            String dir = System.getProperty("newsie.screenshots");
            if (dir != null) {
                Browser.screenshot(driver, Path.of(dir, picture + ".png"));
            }
        } catch (RuntimeException | AssertionError e) {
            Path shot = driver == null ? null : Browser.screenshot(driver, Path.of("target", "browser-screenshots", name + ".png"));
            if (shot != null) {
                System.err.println(name + " failed; screenshot: " + shot);
            }
            throw e;
        }
    }

    /** With -Dnewsie.screenshots, one more picture of the page scrolled to an element. */
    private void picture(String name, String cssSelector) {
        String dir = System.getProperty("newsie.screenshots");
        if (dir != null) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", driver.findElement(By.cssSelector(cssSelector)));
            Browser.screenshot(driver, Path.of(dir, name + ".png"));
        }
    }

    @Test
    void pastedArticleIsShownWithHighlightedMentionsAndEventCards(TestInfo info) throws Exception {
        String article = Files.readString(Path.of(ARTICLE));
        driver = Browser.start(900, 1100);
        checked(info, "review-page", () -> {
            driver.get("http://127.0.0.1:" + server.port() + "/");
            WebElement box = driver.findElement(By.id("content"));
            // Pasting: the text arrives whole, as a clipboard paste would put it (typing 3,000 characters is slow).
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", box, article);
            driver.findElement(By.id("submit")).click();
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(60));
            driver.findElement(By.id("result"));
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            List<WebElement> mentions = driver.findElements(By.cssSelector("#result .article-text mark.ent[data-entity-type]"));
            assertTrue(mentions.size() > 20, "mentions highlighted: " + mentions.size());
            assertTrue(mentions.stream().anyMatch(m -> m.getAttribute("data-entity-type").equals("CITY")
                    && m.getAttribute("title").startsWith("昆明")), "昆明 is a highlighted CITY with its name on hover");
            List<WebElement> cards = driver.findElements(By.cssSelector("#result .event-card"));
            assertTrue(cards.size() >= 3, "event cards: " + cards.size());
            assertTrue(driver.findElements(By.cssSelector("#result .event-card mark.evidence")).size() >= 1);
            assertFalse(driver.findElements(By.cssSelector("#result table.relations tr.relation")).isEmpty());
            assertEquals(article, driver.findElement(By.id("content")).getAttribute("value"), "the form keeps the input");
        });
    }

    @Test
    void reportOfTheCorpusAgainstGoldShowsIndexDocumentsAndNetwork(TestInfo info, @TempDir Path dir) throws Exception {
        Path records = dir.resolve("records.jsonl");
        try (java.io.OutputStream out = Files.newOutputStream(records)) {
            new BatchRunner(TestPipelines.extracting(), new BatchRunner.Options(2, 60_000, false))
                    .run(Inputs.sources(List.of(Path.of("corpus"))), ResumeState.none(),
                            new dev.newsie.pipeline.RecordWriter(out, records.toString()));
        }
        Path html = dir.resolve("report.html");
        Files.writeString(html, ReviewReportLoader.load(records, Path.of("gold"), CanonicalNames.load()).html());
        driver = Browser.start(900, 1100);
        checked(info, "review-report", () -> {
            driver.get(html.toUri().toString());
            assertEquals(5, driver.findElements(By.cssSelector("table.index tr.doc-row")).size());
            assertEquals(5, driver.findElements(By.cssSelector("table.index td.score")).size(), "each document scored");
            assertTrue(driver.findElements(By.cssSelector("section.doc .article-text mark.ent.correct")).size() > 50);
            assertFalse(driver.findElements(By.cssSelector("section.doc .event-card")).isEmpty());
            assertFalse(driver.findElements(By.cssSelector(".chip.missed")).isEmpty(), "missed gold items are listed");
            assertTrue(driver.findElements(By.cssSelector("svg.network line.edge")).size() > 5, "sister-city network drawn");
            picture("review-network", "#network");
            picture("review-document", "#doc-001_5eb0638efc2b18f5 .entities");
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        });
    }
}
