package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The absences page in Chromium: a resident requests an absence (a bad date first, shown under its field),
 * a coordinator opens it, proposes the repair, reads the changes and approves with them. Screenshots go to
 * docs/screenshots/absences-*.png.
 */
class AbsencesPageIT extends DeployedApplication {

    @Test
    void aResidentRequestsAndACoordinatorApprovesWithTheProposedRepair() {
        long program = Accounts.program("Absences page");
        generate(program);
        String page = "absences.xhtml?program=" + program;

        try (Browser resident = new Browser()) {
            resident.signIn("resident", program, "R2");
            resident.open(page);
            fill(resident, "2026-08-12", "2026-08-10", "SICK", "flu");
            WebElement end = resident.waitFor(By.id("absenceForm:end"));
            assertTrue(end.getAttribute("class").contains("invalid"), end.getAttribute("class"));
            assertTrue(resident.text(By.cssSelector("#absenceForm .field-error")).contains("before the start"),
                    resident.text(By.id("absenceForm")));
            resident.screenshot("absences-bad-input");
            assertEquals(0, requests(program), "a refused request stores nothing");

            fill(resident, "2026-08-10", "2026-08-12", "SICK", "flu");
            resident.waitFor(By.cssSelector("ul.messages .message-info"));
            assertTrue(resident.text(By.id("requestsForm:requests")).contains("REQUESTED"));
            resident.screenshot("absences-requested");

            // The resident's dashboard lists the request as theirs, pending (no schedule is published yet).
            resident.open("dashboard.xhtml?program=" + program);
            assertEquals("1", resident.waitFor(By.id("pending-absences")).getText());
            String pending = resident.text(By.id("pending-list"));
            assertTrue(pending.contains("sick absence, 3 days") && pending.contains("awaiting a coordinator"), pending);
            assertTrue(resident.text(By.id("no-schedule")).contains("No schedule has been published yet"));
        }
        assertEquals(1, requests(program));

        try (Browser coordinator = new Browser()) {
            coordinator.signIn("coordinator");
            // From the dashboard's pending requests to the request's review.
            coordinator.open("dashboard.xhtml?program=" + program);
            assertEquals("1", coordinator.waitFor(By.id("pending-absences")).getText());
            assertTrue(coordinator.text(By.id("pending-list")).contains("awaiting your decision"));
            coordinator.waitFor(By.cssSelector("#pending-list a.button")).click();
            coordinator.until(d -> coordinator.path().endsWith("/absences.xhtml"), Browser.WAIT);
            assertEquals("1", coordinator.waitFor(By.id("pending-count")).getText());
            coordinator.waitFor(By.id("reviewForm:propose")).click();
            coordinator.until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewForm:changes")),
                    Duration.ofMinutes(3));
            String changes = coordinator.text(By.id("reviewForm:changes"));
            assertTrue(changes.contains("R2") && changes.contains("AA"), changes);
            assertTrue(coordinator.all(By.id("after-ok")).size() == 1, "no hard violations after the repair");
            coordinator.screenshot("absences-proposal");

            coordinator.waitFor(By.id("reviewForm:approveRepair")).click();
            coordinator.waitFor(By.cssSelector("ul.messages .message-info"));
            assertEquals("APPROVED", coordinator.text(By.id("review-status")));
            coordinator.screenshot("absences-approved");
        }
        String absences = api.get("/api/programs/" + program + "/absences").body();
        assertTrue(absences.contains("\"2026-08-10\""), absences);
        assertEquals(2, Api.json(api.get("/api/programs/" + program + "/schedules").body()).asJsonArray().size(),
                "the repaired schedule is stored next to the original");
    }

    private static void fill(Browser browser, String start, String end, String kind, String note) {
        WebElement from = browser.waitFor(By.id("absenceForm:start"));
        from.clear();
        from.sendKeys(start);
        WebElement to = browser.driver().findElement(By.id("absenceForm:end"));
        to.clear();
        to.sendKeys(end);
        new Select(browser.driver().findElement(By.id("absenceForm:kind"))).selectByValue(kind);
        WebElement words = browser.driver().findElement(By.id("absenceForm:note"));
        words.clear();
        words.sendKeys(note);
        browser.driver().findElement(By.id("absenceForm:submit")).click();
    }

    private int requests(long program) {
        return Api.json(api.get("/api/programs/" + program + "/absence-requests").body()).asJsonArray().size();
    }

    private void generate(long program) {
        HttpResponse<String> submitted = api.post("/api/programs/" + program + "/schedules", "{\"timeLimitSeconds\": 60}");
        assertEquals(202, submitted.statusCode(), submitted.body());
        String job = URI.create(submitted.headers().firstValue("Location").orElseThrow()).getPath();
        JsonObject done = api.await(job, j -> !j.getString("state").matches("QUEUED|RUNNING"), Duration.ofMinutes(3));
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
    }
}
