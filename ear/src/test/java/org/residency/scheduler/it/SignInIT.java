package org.residency.scheduler.it;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in page as a browser uses it: redirect to it, sign in, a new session id, messages, CSRF. */
class SignInIT extends DeployedApplication {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private record Form(String session, String viewState) {
    }

    @Test
    void aPageRedirectsABrowserToSignInAndAnswersOtherClients401() {
        HttpResponse<String> browser = Api.anonymous().send(HttpRequest.newBuilder(Api.uri("/index.xhtml"))
                .header("Accept", "text/html").GET());
        assertEquals(302, browser.statusCode());
        assertTrue(browser.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertEquals(401, Api.anonymous().get("/index.xhtml").statusCode());
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneIsWorthNothing() {
        var account = Accounts.create("coordinator");
        Form form = openForm();
        HttpResponse<String> signedIn = submit(form, account.username(), account.password(), SecurityIT.testAddress());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").contains("/index.xhtml"));
        String newSession = session(signedIn);
        assertNotNull(newSession, "the response sets a new session cookie");
        assertNotEquals(form.session(), newSession);

        HttpResponse<String> start = page("/index.xhtml", newSession);
        assertEquals(200, start.statusCode());
        assertTrue(start.body().contains(account.username()) && start.body().contains("Sign out"), start.body());
        assertEquals(302, page("/index.xhtml", form.session()).statusCode(), "the pre-sign-in id is not signed in");
    }

    @Test
    void signingOutEndsTheSession() {
        var account = Accounts.create("coordinator");
        String session = session(submit(openForm(), account.username(), account.password(), SecurityIT.testAddress()));
        String start = page("/index.xhtml", session).body();
        Matcher form = Pattern.compile("<form id=\"([^\"]+)\"").matcher(start);
        Matcher button = Pattern.compile("name=\"([^\"]+)\" value=\"Sign out\"").matcher(start);
        Matcher viewState = VIEW_STATE.matcher(start);
        assertTrue(form.find() && button.find() && viewState.find(), start);
        String body = encode(form.group(1)) + "=" + encode(form.group(1)) + "&" + encode(button.group(1))
                + "=Sign+out&jakarta.faces.ViewState=" + encode(viewState.group(1));
        HttpResponse<String> out = Api.anonymous().send(HttpRequest.newBuilder(Api.uri("/index.xhtml"))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(302, out.statusCode(), out.body());
        assertTrue(out.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertEquals(302, page("/index.xhtml", session).statusCode(), "the session no longer signs in");
    }

    @Test
    void aRemovedAccountLosesItsSessionAtOnce() {
        var account = Accounts.create("coordinator");
        HttpResponse<String> signedIn = submit(openForm(), account.username(), account.password(), SecurityIT.testAddress());
        String session = session(signedIn);
        assertEquals(200, page("/index.xhtml", session).statusCode());
        assertEquals(204, api.delete("/api/users/" + account.id()).statusCode());
        assertEquals(302, page("/index.xhtml", session).statusCode());
    }

    @Test
    void aWrongPasswordShowsAMessageAndSixAttemptsAreThrottled() {
        var account = Accounts.create("coordinator");
        String address = SecurityIT.testAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = submit(openForm(), account.username(), "not the password", address);
            assertEquals(200, wrong.statusCode(), wrong.headers().map() + wrong.body());
            assertTrue(wrong.body().contains("Wrong username or password."), wrong.body());
        }
        HttpResponse<String> sixth = submit(openForm(), account.username(), account.password(), address);
        assertEquals(200, sixth.statusCode());
        assertTrue(sixth.body().contains("Too many failed sign-in attempts"), sixth.body());
    }

    @Test
    void aFormPostWithoutTheViewStateChangesNothing() {
        var account = Accounts.create("coordinator");
        Form form = openForm();
        HttpResponse<String> forged = submit(new Form(form.session(), "forged-view-state"), account.username(),
                account.password(), SecurityIT.testAddress());
        assertTrue(session(forged) == null || page("/index.xhtml", session(forged)).statusCode() == 302,
                "a post without the real view state does not sign in");
        assertEquals(302, page("/index.xhtml", form.session()).statusCode());
    }

    private static Form openForm() {
        HttpResponse<String> page = Api.anonymous().get("/login.xhtml");
        assertEquals(200, page.statusCode());
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(), page.body());
        return new Form(session(page), viewState.group(1));
    }

    private static HttpResponse<String> submit(Form form, String username, String password, String address) {
        String body = Map.of("signIn", "signIn", "username", username, "password", password, "submit", "Sign in",
                        "jakarta.faces.ViewState", form.viewState()).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return Api.anonymous().send(HttpRequest.newBuilder(Api.uri("/login.xhtml"))
                .header("Cookie", "JSESSIONID=" + form.session()).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> page(String path, String session) {
        return Api.anonymous().send(HttpRequest.newBuilder(Api.uri(path)).header("Accept", "text/html")
                .header("Cookie", "JSESSIONID=" + session).GET());
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
