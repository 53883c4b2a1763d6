package org.residency.scheduler.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generate page in a browser: a bad option gets its message under the field, a generation runs with a
 * live progress bar to the end and offers the new schedule with its rule check; a long one can be cancelled.
 */
class GeneratePageIT extends DeployedApplication {

    private static final Duration SOLVE = Duration.ofSeconds(150);

    @Test
    void aGenerationRunsToTheEndWithProgressAndShowsTheNewSchedule() {
        long program = Accounts.program("Generate page");
        try (Browser browser = new Browser()) {
            browser.signIn("coordinator");
            browser.open("generate.xhtml?program=" + program);

            fill(browser, "generate:timeLimit", "0");
            browser.driver().findElement(By.id("generate:start")).click();
            WebElement error = browser.waitFor(By.cssSelector("#generate .field-error"));
            assertTrue(error.getText().contains("must be between 1 and"), error.getText());
            assertTrue(browser.driver().findElement(By.id("generate:timeLimit")).getAttribute("class").contains("invalid"));

            fill(browser, "generate:timeLimit", "8");
            browser.driver().findElement(By.id("generate:start")).click();
            browser.waitFor(By.id("progress-bar"));
            assertTrue(browser.driver().getCurrentUrl().contains("job="), browser.driver().getCurrentUrl());
            // The page polls by itself: the state moves on without a reload.
            browser.until(d -> List.of("RUNNING", "SUCCEEDED").contains(d.findElement(By.id("job-state")).getText()), SOLVE);
            browser.until(d -> d.findElement(By.id("job-state")).getText().equals("SUCCEEDED"), SOLVE);
            assertEquals("100%", browser.text(By.id("job-percent")));
            assertTrue(browser.text(By.id("result-report")).contains("Call spread"), browser.text(By.id("result")));
            browser.screenshot("generate-done");

            browser.driver().findElement(By.id("open-schedule")).click();
            browser.waitFor(By.id("grid"));
            assertTrue(browser.path().endsWith("/schedule.xhtml"));
        }
    }

    @Test
    void aRunningGenerationCanBeCancelled() throws Exception {
        // A 60/30 program: the engine proves 18-resident programs optimal within seconds, before a cancel lands.
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cancel");
        GenerationIT.generate(dir, "60", "30", "22");
        String document = Api.text(dir.resolve("p.json"))
                .replaceFirst("\"name\":\\s*\"", "\"name\": \"Generate cancel " + System.nanoTime() + " ");
        var created = api.post("/api/programs", document);
        assertEquals(201, created.statusCode(), created.body());
        long program = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
        try (Browser browser = new Browser()) {
            browser.signIn("coordinator");
            browser.open("generate.xhtml?program=" + program);
            fill(browser, "generate:timeLimit", "120");
            browser.driver().findElement(By.id("generate:start")).click();
            browser.until(d -> d.findElement(By.id("job-state")).getText().equals("RUNNING"), SOLVE);
            // The small program's first job ends within a second; this 120-second one shows the bar moving.
            browser.until(d -> !d.findElement(By.id("job-stage")).getText().equals("waiting"), SOLVE);
            browser.screenshot("generate-progress");
            browser.click(By.id("cancelForm:cancel")); // the poll re-renders the button every second
            browser.until(d -> List.of("CANCELLED", "SUCCEEDED", "FAILED").contains(d.findElement(By.id("job-state")).getText()),
                    SOLVE); // a cancel during the days finishes the year quickly, but not instantly on 60 residents
            assertEquals("CANCELLED", browser.text(By.id("job-state")));
            assertTrue(browser.all(By.id("cancelForm:cancel")).isEmpty(), "no cancel button once it ended");
        }
    }

    private static void fill(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
