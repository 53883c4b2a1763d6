package org.residency.scheduler.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layout in a real browser: each role signs in and sees exactly its navigation links, a wrong password
 * stays on the sign-in page with a message, and a resident cannot open a coordinator page.
 */
class BrowserIT extends DeployedApplication {

    private static final List<String> EVERYONE = List.of("nav-dashboard", "nav-schedule", "nav-absences", "nav-swaps",
            "nav-program", "nav-exports");
    private static final List<String> MANAGERS = List.of("nav-dashboard", "nav-schedule", "nav-generate", "nav-absences",
            "nav-swaps", "nav-program", "nav-drafts", "nav-resilience", "nav-exports");
    private static final Map<String, List<String>> NAV = Map.of("admin", MANAGERS, "coordinator", MANAGERS,
            "faculty", EVERYONE, "resident", EVERYONE);

    @Test
    void eachRoleSeesItsOwnNavigation() {
        for (String role : List.of("admin", "coordinator", "faculty", "resident")) {
            try (Browser browser = new Browser()) {
                Accounts.Account account = browser.signIn(role);
                assertEquals("/index.xhtml", browser.path(), role);
                assertEquals(account.username(), browser.text(By.id("signed-in-user")), role);
                assertEquals(role, browser.text(By.id("signed-in-role")).toLowerCase(java.util.Locale.ROOT), role);
                assertEquals(NAV.get(role), browser.navLinks(), role);
                if (role.equals("coordinator")) {
                    browser.screenshot("layout-coordinator");
                }
            }
        }
    }

    @Test
    void aWrongPasswordStaysOnTheSignInPage() {
        Accounts.Account account = Accounts.create("coordinator");
        try (Browser browser = new Browser()) {
            browser.submitSignIn(account.username(), "not " + account.password());
            assertTrue(browser.showsMessage("Wrong username or password."));
            assertEquals("/login.xhtml", browser.path());
            assertTrue(browser.all(By.id("nav")).isEmpty());
        }
    }

    @Test
    void aResidentCannotOpenACoordinatorPage() {
        try (Browser browser = new Browser()) {
            browser.signIn("resident");
            for (String page : List.of("generate.xhtml", "drafts.xhtml", "edit.xhtml", "resilience.xhtml")) {
                browser.open(page);
                assertTrue(browser.waitFor(By.id("forbidden")).getText().contains("Not allowed"), page);
            }
            // A page every role may open still opens after that (the session is intact).
            browser.open("index.xhtml");
            assertFalse(browser.all(By.id("nav")).isEmpty());
        }
    }

    @Test
    void theTemplateCannotBeRequestedOnItsOwn() {
        assertEquals(404, api.get("/WEB-INF/templates/layout.xhtml").statusCode());
        assertEquals(404, api.get("/WEB-INF/includes/nav.xhtml").statusCode());
    }
}
