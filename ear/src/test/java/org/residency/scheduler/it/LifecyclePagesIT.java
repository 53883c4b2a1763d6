package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The life-cycle pages in a real browser: a coordinator edits a cell and sees the violation before saving;
 * a swap is offered by one resident, accepted by another and approved by a coordinator; a draft is published.
 */
class LifecyclePagesIT extends DeployedApplication {

    @Test
    void editACellAndSeeTheViolationBeforeSaving() {
        PublishedProgram p = PublishedProgram.create("Edit page");
        p.publish("planted");
        LocalDate date = LocalDate.now().plusDays(PublishedProgram.FREEZE_DAYS + 5);
        while (p.planted.getJsonObject("days").getJsonArray("R1").getString(p.day(date)).startsWith("A")) {
            date = date.plusDays(1);
        }
        try (Browser browser = new Browser()) {
            browser.signIn("coordinator");
            browser.open("edit.xhtml?program=" + p.id + "&schedule=planted&person=R1&session=AM&date=" + date);
            new Select(browser.waitFor(By.id("edit:code"))).selectByValue("A");
            browser.driver().findElement(By.id("edit:preview")).click();
            WebElement introduced = browser.waitFor(By.id("introduced"));
            assertTrue(introduced.getText().contains("absence R1 " + date), introduced.getText());
            assertTrue(browser.text(By.id("needs-reason")).contains("Needs a reason"));
            browser.screenshot("edit-preview");
            assertEquals(p.planted, p.document("planted"), "the preview saved nothing");

            browser.driver().findElement(By.id("edit:save")).click();
            assertTrue(browser.showsMessage("a reason is required"),
                    browser.text(By.id("messages")));
            assertEquals(p.planted, p.document("planted"), "refused without a reason");

            browser.driver().findElement(By.id("edit:reason")).sendKeys("jury duty, letter on file");
            browser.driver().findElement(By.id("edit:save")).click();
            assertTrue(browser.showsMessage("override recorded"), browser.text(By.id("messages")));
            browser.screenshot("edit-saved");
        }
        JsonObject saved = p.document("planted");
        assertEquals("A", saved.getJsonObject("days").getJsonArray("R1").getString(p.day(date)).substring(0, 1));
    }

    @Test
    void aSwapOfferedByOneResidentAcceptedByAnotherApprovedByACoordinator() {
        PublishedProgram p = PublishedProgram.create("Swap pages");
        p.publish("planted");
        int night = PublishedProgram.nightWithCall(p.planted, p.day(LocalDate.now().plusDays(PublishedProgram.FREEZE_DAYS + 2)));
        String from = p.planted.getJsonArray("call").getString(night);
        String to = p.residents().stream().filter(r -> !r.equals(from)).findFirst().orElseThrow();

        try (Browser offerer = new Browser()) {
            offerer.signIn("resident", p.id, from);
            offerer.open("swaps.xhtml?program=" + p.id);
            assertTrue(offerer.waitFor(By.id("offer-card")).getText().contains(p.date(night).toString()),
                    "the form lists the resident's next call nights");
            new Select(offerer.waitFor(By.id("offer:kind"))).selectByValue("CALL");
            setValue(offerer, By.id("offer:date"), p.date(night).toString());
            offerer.driver().findElement(By.id("offer:note")).sendKeys("family wedding");
            offerer.driver().findElement(By.id("offer:submit")).click();
            assertTrue(offerer.showsMessage("Offered your call night of " + p.date(night)));
            offerer.screenshot("swaps-offered");
        }
        try (Browser accepter = new Browser()) {
            accepter.signIn("resident", p.id, to);
            accepter.open("swaps.xhtml?program=" + p.id);
            assertTrue(accepter.waitFor(By.id("open:offers")).getText().contains(from));
            accepter.driver().findElement(By.id("open:offers:0:accept")).click();
            assertTrue(accepter.showsMessage("is now accepted"), accepter.text(By.id("messages")));
        }
        try (Browser coordinator = new Browser()) {
            coordinator.signIn("coordinator");
            coordinator.open("dashboard.xhtml?program=" + p.id);
            assertEquals("1", coordinator.waitFor(By.id("pending-swaps")).getText(), "the dashboard counts the accepted swap");
            assertTrue(coordinator.text(By.id("pending-list")).contains("call night swap"), coordinator.text(By.id("pending-list")));
            coordinator.open("swaps.xhtml?program=" + p.id);
            assertTrue(coordinator.waitFor(By.id("approve:accepted")).getText().contains(from + " to " + to));
            coordinator.driver().findElement(By.id("approve:accepted:0:reason")).sendKeys("both agreed, chief informed");
            coordinator.screenshot("swaps-approval");
            coordinator.driver().findElement(By.id("approve:accepted:0:approveButton")).click();
            assertTrue(coordinator.showsMessage("is now approved"),
                    coordinator.text(By.id("messages")));
            coordinator.screenshot("swaps-approved");
        }
        assertEquals(to, p.document("planted").getJsonArray("call").getString(night), "the published schedule has the swap");
    }

    @Test
    void publishADraftAndNeedAReasonForOneWithViolations() {
        PublishedProgram p = PublishedProgram.create("Drafts page");
        assertEquals(201, api.put(p.schedule("uncovered"), p.withoutCall(30)).statusCode());
        try (Browser browser = new Browser()) {
            browser.signIn("coordinator");
            browser.open("drafts.xhtml?program=" + p.id);
            browser.waitFor(By.id("no-published"));
            publishButton(browser, "planted").click();
            assertTrue(browser.showsMessage("planted is now the published schedule"));
            assertTrue(browser.text(By.id("published-card")).contains("planted"));
            assertEquals("1", row(browser, "uncovered").findElement(By.cssSelector("span.changed")).getText(),
                    "one cell differs from the published one");

            publishButton(browser, "uncovered").click();
            assertTrue(browser.showsMessage("needs a reason"), browser.text(By.id("messages")));
            assertEquals("PUBLISHED", PublishingIT.status(api, p, "planted"), "refused: nothing changed");
            browser.screenshot("drafts-reason-needed");

            row(browser, "uncovered").findElement(By.cssSelector("input.reason")).sendKeys("night covered by a locum");
            publishButton(browser, "uncovered").click();
            assertTrue(browser.showsMessage("override recorded"), browser.text(By.id("messages")));
            browser.screenshot("drafts");
        }
        assertEquals("ARCHIVED", PublishingIT.status(api, p, "planted"));
        assertEquals("PUBLISHED", PublishingIT.status(api, p, "uncovered"));
    }

    private static WebElement row(Browser browser, String scheduleId) {
        return browser.waitFor(By.xpath("//tr[.//span[contains(@class,'schedule-id') and text()='" + scheduleId + "']]"));
    }

    private static WebElement publishButton(Browser browser, String scheduleId) {
        return row(browser, scheduleId).findElement(By.cssSelector("input.publish"));
    }

    /** A date input takes its value in the browser's locale format when typed: set the ISO value directly. */
    private static void setValue(Browser browser, By field, String value) {
        WebElement input = browser.until(ExpectedConditions.presenceOfElementLocated(field), Browser.WAIT);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
