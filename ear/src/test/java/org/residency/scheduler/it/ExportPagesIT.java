package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exports, program and resilience pages in a real browser: a resident issues a calendar feed and
 * downloads the feed and a workbook, a coordinator uploads a bad program and sees each field's error,
 * and activates (then rolls back) a fallback schedule from the resilience page.
 */
class ExportPagesIT extends DeployedApplication {

    /** A generated two-block program (6 residents R1.., 3 faculty F1..) with its planted schedule published as "planted". */
    private static long programWithSchedule(String label) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("export-pages");
        Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(), "--residents", "6",
                "--faculty", "3", "--seed", "7", "--blocks", "2", "--name", label + " " + System.nanoTime(),
                "--out", dir.resolve("p.json").toString(), "--solution-out", dir.resolve("s.json").toString())
                .inheritIO().start();
        assertEquals(0, gen.waitFor());
        Api admin = new Api();
        HttpResponse<String> created = admin.post("/api/programs", Api.text(dir.resolve("p.json")));
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(201, admin.put("/api/programs/" + id + "/schedules/planted", Api.text(dir.resolve("s.json"))).statusCode());
        assertEquals(200, admin.post("/api/programs/" + id + "/schedules/planted/publish", "{}").statusCode());
        return id;
    }

    @Test
    void aResidentIssuesAFeedAndDownloadsTheCalendarAndAWorkbook() throws Exception {
        long program = programWithSchedule("Exports page");
        Path downloads = Files.createTempDirectory("downloads");
        try (Browser browser = new Browser()) {
            browser.signIn("resident", program, "R1");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.open("exports.xhtml?program=" + program);
            assertTrue(browser.waitFor(By.id("feedStatus")).getText().contains("No feed"));
            browser.driver().findElement(By.id("feedForm:issue")).click();
            String url = browser.waitFor(By.id("feedForm:feedUrl")).getAttribute("value");
            assertTrue(url.matches(".*/api/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
            assertTrue(browser.text(By.id("feedStatus")).contains("Active"));
            browser.screenshot("exports-feed-issued");

            // What a calendar app does with the URL: read it without signing in.
            HttpResponse<String> feed = Api.anonymous().send(HttpRequest.newBuilder(URI.create(url)).GET());
            assertEquals(200, feed.statusCode());
            List<VEvent> events = new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
            assertTrue(events.stream().anyMatch(e -> e.getSummary().getValue().equals("In-house call")), "R1 has calls");
            assertTrue(events.stream().allMatch(e -> e.getUid().orElseThrow().getValue().contains(".R1.p" + program)));

            // The workbook of block 1, downloaded by the browser.
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("excelForm:block")))
                    .selectByValue("1");
            browser.driver().findElement(By.id("excelForm:download")).click();
            Path file = browser.until(d -> xlsx(downloads), Duration.ofSeconds(30));
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertEquals("Block 1", book.getSheetName(0));
                assertEquals("R1", book.getSheetAt(0).getRow(4).getCell(1).getStringCellValue());
                assertEquals(List.of("Block 1", "Rotations", "Legend"),
                        Stream.iterate(0, i -> i < book.getNumberOfSheets(), i -> i + 1).map(book::getSheetName).toList());
            }

            browser.driver().findElement(By.id("feedForm:revoke")).click();
            browser.until(ExpectedConditions.alertIsPresent(), Duration.ofSeconds(5)).accept();
            browser.until(d -> browser.text(By.id("feedStatus")).contains("No feed"), Duration.ofSeconds(20));
            assertEquals(404, Api.anonymous().send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode());
        }
    }

    /**
     * The finished download: Chrome can create the file under its final name, empty, before it has
     * written the data to a .crdownload beside it and moved that over (a CI run read the empty file).
     */
    private static Path xlsx(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                return null;
            }
            for (Path f : all) {
                if (f.toString().endsWith(".xlsx") && Files.size(f) > 0) {
                    return f;
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    @Test
    void aBadProgramUploadShowsTheSameFieldErrorsAsRest() throws Exception {
        JsonObject small = Api.file(Api.formats("examples/small.json")).asJsonObject();
        JsonObject resident = Json.createObjectBuilder(small.getJsonArray("residents").getJsonObject(0)).add("pgy", 7).build();
        JsonObject bad = Json.createObjectBuilder(small).add("name", "Bad upload " + System.nanoTime()).add("blocks", 0)
                .add("residents", Json.createArrayBuilder(small.getJsonArray("residents")).set(0, resident)).build();
        HttpResponse<String> rest = api.post("/api/programs", bad.toString());
        assertEquals(422, rest.statusCode(), rest.body());
        Set<String> restFields = Api.json(rest.body()).asJsonObject().getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject).map(e -> e.getString("field")).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(restFields.size() >= 2, restFields.toString());

        Path file = Files.createTempFile("bad-program", ".json");
        Files.writeString(file, bad.toString());
        Path broken = Files.createTempFile("broken-program", ".json");
        Files.writeString(broken, "{\n  \"format\": \"residency-program/1\",\n  \"name\": oops\n}\n");
        long shown = Accounts.program("Program page");
        try (Browser browser = new Browser()) {
            browser.signIn("coordinator");
            browser.open("program.xhtml?program=" + shown);
            assertFalse(browser.waitFor(By.id("residents")).getText().isBlank());
            assertFalse(browser.all(By.id("curriculum")).isEmpty());

            browser.driver().findElement(By.id("importForm:file")).sendKeys(file.toString());
            browser.driver().findElement(By.id("importForm:upload")).click();
            WebElement errors = browser.waitFor(By.id("importForm:uploadErrors"));
            Set<String> pageFields = errors.findElements(By.cssSelector("code.field-name")).stream()
                    .map(WebElement::getText).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(restFields, pageFields, "the page lists exactly the fields REST names");
            assertTrue(browser.text(By.id("messages")).contains("was not imported"));
            browser.screenshot("program-upload-errors");

            browser.driver().findElement(By.id("importForm:file")).sendKeys(broken.toString());
            browser.driver().findElement(By.id("importForm:upload")).click();
            browser.until(d -> browser.text(By.id("importForm:uploadErrors")).contains("line 3"), Duration.ofSeconds(20));
        }
        assertFalse(api.get("/api/programs").body().contains(bad.getString("name")), "nothing was stored");

        try (Browser browser = new Browser()) {
            browser.signIn("resident");
            browser.open("program.xhtml");
            browser.waitFor(By.id("residents"));
            assertTrue(browser.all(By.id("importForm")).isEmpty(), "residents read the program but cannot import");
        }
    }

    @Test
    void theResiliencePageShowsTheN1TableAndActivatesAFallback() throws Exception {
        long program = programWithSchedule("Resilience page");
        String base = "/api/programs/" + program + "/resilience";
        HttpResponse<String> submitted = api.post(base + "/contingency", "");
        assertEquals(202, submitted.statusCode(), submitted.body());
        String job = URI.create(submitted.headers().firstValue("Location").orElseThrow()).getPath();
        JsonObject done = api.await(job, j -> !j.getString("state").matches("QUEUED|RUNNING"), Duration.ofSeconds(180));
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
        JsonObject view = Api.json(api.get(base).body()).asJsonObject();
        int people = view.getJsonObject("contingency").getJsonObject("report").getJsonArray("single").size();
        assertFalse(view.getJsonArray("fallbacks").isEmpty(), "the analysis precomputed fallbacks: " + view);

        try (Browser browser = new Browser()) {
            browser.signIn("coordinator");
            browser.open("resilience.xhtml?program=" + program);
            assertFalse(browser.waitFor(By.id("defenseLevel")).getText().isBlank());
            assertEquals(people, browser.all(By.cssSelector("#single tbody tr")).size(), "one N-1 row per person");
            browser.screenshot("resilience");

            browser.all(By.cssSelector("input[id$=':activate']")).get(0).click();
            browser.until(ExpectedConditions.alertIsPresent(), Duration.ofSeconds(5)).accept();
            browser.until(d -> browser.text(By.id("messages")).contains("is active"), Duration.ofSeconds(60));
            assertTrue(browser.text(By.id("fallbackForm:fallbackTable")).contains("ACTIVE"));
            browser.screenshot("resilience-fallback-active");
            assertTrue(Api.json(api.get(base).body()).asJsonObject().getJsonArray("fallbacks").stream()
                    .map(JsonValue::asJsonObject).anyMatch(f -> f.getString("state").equals("ACTIVE")));

            browser.all(By.cssSelector("input[id$=':rollback']")).get(0).click();
            browser.until(ExpectedConditions.alertIsPresent(), Duration.ofSeconds(5)).accept();
            browser.until(d -> browser.text(By.id("messages")).contains("rolled back"), Duration.ofSeconds(60));
            List<String> states = new ArrayList<>();
            Api.json(api.get(base).body()).asJsonObject().getJsonArray("fallbacks").stream()
                    .map(JsonValue::asJsonObject).forEach(f -> states.add(f.getString("state")));
            assertFalse(states.contains("ACTIVE"), states.toString());
        }
    }
}
