package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schedule grid (a block, the year, the block view, filters, violations in place) and the dashboard, in
 * a browser, with screenshots into docs/screenshots; and the grid's render time on 150 residents x 60 faculty.
 */
class SchedulePagesIT extends DeployedApplication {

    @Test
    void theGridShowsABlockTheYearTheBlockViewAndTheBrokenRulesInPlace() {
        PlantedProgram planted = PlantedProgram.create("Grid", 12, 6, 2);
        String resident = planted.residentId(0);
        int dayIndex = firstWorkingDay(planted, resident);
        String day = planted.start().plusDays(dayIndex).toString();
        // A copy with that resident absent on a day with no absence: the "absence" rule breaks there.
        assertEquals(201, api.put("/api/programs/" + planted.id() + "/schedules/broken",
                withSession(planted.schedule(), resident, dayIndex, "AA").toString()).statusCode());
        int people = planted.program().getJsonArray("residents").size() + planted.program().getJsonArray("faculty").size();

        try (Browser browser = new Browser()) {
            browser.signIn("coordinator");
            browser.open("schedule.xhtml?program=" + planted.id() + "&schedule=broken&block=" + (dayIndex / 28 + 1));
            WebElement cell = browser.waitFor(By.id("c_" + resident + "_" + day + "_AM"));
            assertTrue(cell.getAttribute("class").contains("act-A") && cell.getAttribute("class").contains("violation"),
                    cell.getAttribute("class"));
            assertTrue(cell.getAttribute("title").startsWith("absence: "), cell.getAttribute("title"));
            assertEquals(people * 28 * 2, browser.all(By.cssSelector("#grid td[id^='c_']")).size());
            assertFalse(browser.all(By.cssSelector("#grid td.call")).isEmpty(), "call nights are marked");
            assertTrue(browser.text(By.id("violations")).contains("absence"));
            browser.screenshot("schedule-block");

            // Filter by PGY with the form: only PGY-2 residents, no faculty.
            new Select(browser.driver().findElement(By.id("filters:pgy"))).selectByValue("2");
            browser.driver().findElement(By.id("filters:apply")).click();
            browser.until(d -> d.getCurrentUrl().contains("pgy=2"), Browser.WAIT);
            long pgy2 = planted.program().getJsonArray("residents").stream()
                    .filter(r -> r.asJsonObject().getInt("pgy") == 2).count();
            assertEquals(pgy2, browser.all(By.cssSelector("#grid tbody tr[data-person]")).size());

            browser.open("schedule.xhtml?program=" + planted.id() + "&schedule=planted&year=true");
            browser.waitFor(By.id("grid"));
            assertEquals(people * 56 * 2, browser.all(By.cssSelector("#grid td[id^='c_']")).size());
            assertTrue(browser.text(By.id("violations")).contains("no hard violations"));
            browser.screenshot("schedule-year");

            browser.open("schedule.xhtml?program=" + planted.id() + "&schedule=planted&view=blocks");
            String rotation = planted.schedule().getJsonObject("blocks").getJsonArray(resident).getString(1);
            assertEquals(rotation, browser.waitFor(By.id("b_" + resident + "_2")).getText());
            browser.screenshot("schedule-blocks");
        }
    }

    @Test
    void theDashboardShowsLevelUtilizationViolationsCallsAndRequests() {
        PlantedProgram planted = PlantedProgram.create("Dashboard", 12, 6, 2);
        String from = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
        String until = LocalDate.now(ZoneOffset.UTC).plusDays(22).toString();
        String resident = withoutAbsence(planted, from, until);
        HttpResponse<String> requested = api.post("/api/programs/" + planted.id() + "/absence-requests",
                "{\"person\": \"" + resident + "\", \"start\": \"" + from + "\", \"end\": \"" + until
                        + "\", \"kind\": \"CONFERENCE\", \"note\": \"ACGME annual meeting\"}");
        assertEquals(201, requested.statusCode(), requested.body());
        try (Browser browser = new Browser()) {
            browser.signIn("coordinator");
            browser.open("dashboard.xhtml?program=" + planted.id());
            String level = browser.waitFor(By.id("defense-level")).getText();
            assertTrue(List.of("GREEN", "YELLOW", "ORANGE", "RED", "BLACK").contains(level), level);
            assertEquals(8, browser.all(By.cssSelector("#utilization .chart-bar")).size(), "one bar per week");
            assertEquals(7, browser.all(By.cssSelector("#next-calls tbody tr")).size());
            assertTrue(browser.text(By.id("open-violations")).contains("no hard-rule violations"));
            assertTrue(browser.text(By.id("current-status")).contains("draft"), "nothing is published: the latest draft");
            assertTrue(browser.text(By.id("programs-levels")).contains(planted.program().getString("name")));
            assertEquals("1", browser.text(By.id("pending-absences")));
            assertEquals("0", browser.text(By.id("pending-swaps")));
            String pending = browser.text(By.id("pending-list"));
            assertTrue(pending.contains("conference absence, 3 days") && pending.contains(from + " to " + until), pending);
            browser.screenshot("dashboard");

            browser.driver().findElement(By.id("pending-absences-link")).click();
            browser.until(d -> browser.path().endsWith("/absences.xhtml"), Browser.WAIT);
            assertEquals("1", browser.waitFor(By.id("pending-count")).getText());
        }
    }

    @Test
    void aResidentSeesOnlyThePublishedScheduleWhileACoordinatorAlsoSeesTheDraft() {
        PlantedProgram planted = PlantedProgram.create("Of record", 6, 3, 2);
        String base = "/api/programs/" + planted.id() + "/schedules/";
        String page = "schedule.xhtml?program=" + planted.id();
        try (Browser resident = new Browser(); Browser coordinator = new Browser()) {
            resident.signIn("resident", planted.id(), planted.residentId(0));
            coordinator.signIn("coordinator");

            // Nothing published: the coordinator works on the draft, the resident sees no schedule at all.
            resident.open(page);
            assertTrue(resident.waitFor(By.id("no-schedule")).getText().contains("No schedule has been published yet"),
                    resident.text(By.id("no-schedule")));
            assertTrue(resident.all(By.id("grid")).isEmpty());
            resident.open("dashboard.xhtml?program=" + planted.id());
            assertTrue(resident.waitFor(By.id("no-schedule")).getText().contains("No schedule has been published yet"));
            assertTrue(resident.all(By.id("defense-level")).isEmpty());
            coordinator.open(page);
            coordinator.waitFor(By.id("grid"));
            assertEquals("DRAFT", coordinator.text(By.id("schedule-status")));
            assertTrue(coordinator.text(By.id("draft-notice")).contains("Nothing is published yet"));

            // Published, then a newer draft: the published one stays what everybody sees by default.
            assertEquals(200, api.post(base + "planted/publish", "{}").statusCode());
            assertEquals(201, api.put(base + "newer", planted.schedule().toString()).statusCode());
            coordinator.open(page);
            coordinator.waitFor(By.id("grid"));
            assertEquals("PUBLISHED", coordinator.text(By.id("schedule-status")));
            assertEquals("planted", new Select(coordinator.driver().findElement(By.id("filters:schedule")))
                    .getFirstSelectedOption().getAttribute("value"));
            resident.open(page);
            resident.waitFor(By.id("grid"));
            assertEquals("PUBLISHED", resident.text(By.id("schedule-status")));
            assertEquals(List.of("planted"), new Select(resident.driver().findElement(By.id("filters:schedule")))
                    .getOptions().stream().map(o -> o.getAttribute("value")).toList(), "no draft in the resident's menu");

            // The draft named in the address: refused for the resident, without any of its data.
            resident.open(page + "&schedule=newer");
            assertTrue(resident.waitFor(By.id("no-schedule")).getText().contains("There is no published schedule newer"),
                    resident.text(By.id("no-schedule")));
            assertTrue(resident.all(By.id("grid")).isEmpty());
            assertFalse(resident.driver().getPageSource().contains("id=\"c_"), "no cell of the draft in the page");
            assertTrue(resident.all(By.id("violations")).isEmpty());
            coordinator.open(page + "&schedule=newer");
            coordinator.waitFor(By.id("grid"));
            assertEquals("DRAFT", coordinator.text(By.id("schedule-status")));
        }
    }

    @Test
    void aCoordinatorClicksACellOrANightToEditItAResidentGetsNoLinks() {
        PlantedProgram planted = PlantedProgram.create("Cell links", 6, 3, 2);
        assertEquals(200, api.post("/api/programs/" + planted.id() + "/schedules/planted/publish", "{}").statusCode());
        String resident = planted.residentId(2);
        int day = 10;
        String date = planted.start().plusDays(day).toString();
        String pm = planted.schedule().getJsonObject("days").getJsonArray(resident).getString(day).substring(1);
        String page = "schedule.xhtml?program=" + planted.id() + "&schedule=planted&block=1";
        try (Browser browser = new Browser()) {
            browser.signIn("coordinator");
            browser.open(page);
            browser.waitFor(By.id("c_" + resident + "_" + date + "_PM")).click();
            browser.until(d -> browser.path().endsWith("/edit.xhtml"), Browser.WAIT);
            assertEquals(resident, new Select(browser.waitFor(By.id("edit:person"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals("PM", new Select(browser.driver().findElement(By.id("edit:session"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals(date, browser.driver().findElement(By.id("edit:date")).getAttribute("value"));
            assertEquals("planted", browser.driver().findElement(By.id("edited-schedule")).getAttribute("title"));
            assertEquals("Now: " + resident + " PM is " + pm, browser.text(By.id("edit:current")));

            browser.open(page);
            browser.waitFor(By.id("n_" + date)).click();
            browser.until(d -> browser.path().endsWith("/edit.xhtml"), Browser.WAIT);
            assertEquals("CALL", new Select(browser.waitFor(By.id("edit:kind"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals(date, browser.driver().findElement(By.id("edit:date")).getAttribute("value"));
            var night = planted.schedule().getJsonArray("call");
            assertEquals("Now: " + (night.isNull(day) ? "nobody on call" : night.getString(day) + " on call"),
                    browser.text(By.id("edit:current")));
        }
        try (Browser browser = new Browser()) {
            browser.signIn("resident", planted.id(), resident);
            browser.open(page);
            WebElement grid = browser.waitFor(By.id("grid"));
            assertNull(grid.getAttribute("data-edit"), "no edit links for a resident");
            assertFalse(browser.driver().getPageSource().contains("edit.xhtml"), "no edit address in a resident's page");
            assertTrue(browser.all(By.id("edit-hint")).isEmpty());
        }
    }

    /**
     * Not a speed test (nothing is asserted about time): prints how long the server takes for the grid page
     * of 150 residents and 60 faculty, for docs/benchmarks.md.
     */
    @Test
    void measureTheGridOn150ResidentsAnd60Faculty() {
        PlantedProgram planted = PlantedProgram.create("Grid 150", 150, 60, 13);
        String base = "/schedule.xhtml?program=" + planted.id() + "&schedule=planted";
        for (String variant : List.of("&block=1", "&year=true", "&view=blocks")) {
            long best = Long.MAX_VALUE;
            int size = 0;
            String written = "";
            for (int run = 0; run < 4; run++) {
                long started = System.nanoTime();
                HttpResponse<String> page = api.get(base + variant);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains("id=\"row_R150\"") || page.body().contains("id=\"brow_R150\""), variant);
                best = run == 0 ? best : Math.min(best, millis);   // the first run warms up
                size = page.body().length();
                java.util.regex.Matcher footnote = java.util.regex.Pattern.compile("Grid written in (\\d+) ms").matcher(page.body());
                written = footnote.find() ? footnote.group(1) : "?";
            }
            System.out.printf("GRID-BENCH 150/60 %s: best of 3 warm %d ms, %d KB of HTML, grid written in %s ms (last run)%n",
                    variant, best, size / 1024, written);
        }
    }

    /** A resident with no absence of the program on any day from .. until (a request there is not refused). */
    private static String withoutAbsence(PlantedProgram planted, String from, String until) {
        var absences = planted.program().containsKey("absences") ? planted.program().getJsonArray("absences") : Json.createArrayBuilder().build();
        return planted.program().getJsonArray("residents").stream().map(r -> r.asJsonObject().getString("id"))
                .filter(r -> absences.stream().map(a -> a.asJsonObject()).noneMatch(a -> a.getString("person").equals(r)
                        && a.getString("start").compareTo(until) <= 0 && a.getString("end").compareTo(from) >= 0))
                .findFirst().orElseThrow();
    }

    private static int firstWorkingDay(PlantedProgram planted, String resident) {
        var days = planted.schedule().getJsonObject("days").getJsonArray(resident);
        for (int d = 0; d < days.size(); d++) {
            if (days.getString(d).equals("RR")) {
                return d;
            }
        }
        throw new AssertionError("no RR day for " + resident);
    }

    /** The schedule with one person's two sessions of one day replaced. */
    private static JsonObject withSession(JsonObject schedule, String person, int day, String codes) {
        JsonObject days = schedule.getJsonObject("days");
        JsonArrayBuilder changed = Json.createArrayBuilder();
        var original = days.getJsonArray(person);
        for (int d = 0; d < original.size(); d++) {
            changed.add(d == day ? codes : original.getString(d));
        }
        return Json.createObjectBuilder(schedule).add("days", Json.createObjectBuilder(days).add(person, changed)).build();
    }
}
