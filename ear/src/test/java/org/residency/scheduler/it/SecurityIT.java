package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST role matrix over every deployed endpoint, sign-in limits, and the REST side of the security
 * rules: challenges, headers, stored hashes, anonymous health and metrics.
 */
class SecurityIT extends DeployedApplication {

    static final List<String> ROLES = List.of("resident", "faculty", "coordinator", "admin");

    /**
     * The policy, written down independently of the annotations it checks: GETs for every role, changes
     * for coordinators and admins, accounts, the audit log and operations data for admins. An endpoint
     * added without a role rule is refused to everybody (deny by default) and fails here.
     */
    static Set<String> allowed(Endpoints.Endpoint endpoint) {
        String t = endpoint.template();
        if (t.equals("/api/calendar/{token}.ics")) {
            // Deliberately anonymous: calendar apps cannot sign in, the 256-bit token in the path is the
            // credential (ExportsIT: a made-up, revoked or re-issued token is 404). So every caller gets past
            // the role check here, anonymous included.
            return Set.of("anonymous", "resident", "faculty", "coordinator", "admin");
        }
        if (t.endsWith("/people/{personId}/calendar-feed")) {
            // Residents and faculty pass the role check but may manage only their own person's feed, so on
            // the matrix's made-up person they get 403 like a wrong role; ExportsIT covers their own feed.
            return Set.of("coordinator", "admin");
        }
        if (t.startsWith("/api/users") || t.startsWith("/api/audit") || t.startsWith("/api/system")
                || t.equals("/api/jobs/dead-letters")) {
            return Set.of("admin");
        }
        // Swaps: residents offer, accept and cancel for themselves (faculty take no call and swap nothing).
        if (endpoint.method().equals("POST") && (t.equals("/api/programs/{programId}/swaps")
                || t.equals("/api/programs/{programId}/swaps/{swapId}/accept")
                || t.equals("/api/programs/{programId}/swaps/{swapId}/cancel"))) {
            return Set.of("resident", "coordinator", "admin");
        }
        // Drafts compared with the published schedule and recorded overrides are coordinators' business.
        if (t.equals("/api/programs/{programId}/schedules/{id}/comparison")
                || t.equals("/api/programs/{programId}/schedules/{id}/overrides")) {
            return Set.of("coordinator", "admin");
        }
        return endpoint.method().equals("GET") ? Set.copyOf(ROLES) : Set.of("coordinator", "admin");
    }

    @Test
    void everyEndpointAnswersEachRoleAsThePolicySays() {
        long program = Accounts.program("Role matrix");
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("anonymous", Api.anonymous());
        callers.put("resident", Accounts.create("resident", program, "R1").api());
        callers.put("faculty", Accounts.create("faculty", program, "F1").api());
        callers.put("coordinator", Accounts.create("coordinator").api());
        callers.put("admin", new Api());

        List<Endpoints.Endpoint> endpoints = Endpoints.all();
        assertTrue(endpoints.size() > 30, "found only " + endpoints);
        List<String> wrong = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : endpoints) {
            // Ids of nothing and an empty body: an allowed call ends in 404/422 (the role check comes first),
            // so the matrix never changes data or starts work, whatever the endpoint does.
            String path = endpoint.path(p -> p.getValue().isPrimitive() || Number.class.isAssignableFrom(p.getValue())
                    ? "987654321" : "absent-id");
            for (var caller : callers.entrySet()) {
                int status = call(caller.getValue(), endpoint.method(), path).statusCode();
                boolean allowedHere = allowed(endpoint).contains(caller.getKey());
                String expected = allowedHere ? "not 401/403" : caller.getKey().equals("anonymous") ? "401" : "403";
                boolean ok = switch (expected) {
                    case "401" -> status == 401;
                    case "403" -> status == 403;
                    default -> status != 401 && status != 403;
                };
                if (!ok) {
                    wrong.add(endpoint + " as " + caller.getKey() + ": " + status + ", expected " + expected);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static HttpResponse<String> call(Api api, String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri(path));
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return api.send(request);
    }

    @Test
    void anonymousRestCallsGetAChallengeNotARedirect() {
        HttpResponse<String> response = Api.anonymous().send(HttpRequest.newBuilder(Api.uri("/api/programs"))
                .header("Accept", "text/html,application/json").GET());
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("/problems/unauthorized", Api.json(response.body()).asJsonObject().getString("type"));
    }

    @Test
    void wrongCredentialsAre401AndTheSixthAttemptWithinAMinuteIs429() {
        String address = testAddress();
        String username = "nobody-" + System.nanoTime();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, basic(username, "wrong password " + attempt, address).statusCode(), "attempt " + attempt);
        }
        HttpResponse<String> sixth = basic(username, "wrong password 6", address);
        assertEquals(429, sixth.statusCode(), sixth.body());
        long retryAfter = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("/problems/too-many-sign-in-attempts", Api.json(sixth.body()).asJsonObject().getString("type"));
        // The same user from another address is still blocked: the limit is per user as well.
        assertEquals(429, basic(username, "wrong password 7", testAddress()).statusCode());
    }

    @Test
    void fiveFailuresFromOneAddressBlockEveryUsernameFromIt() {
        String address = testAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, basic("guess-" + attempt + "-" + System.nanoTime(), "wrong", address).statusCode());
        }
        // Even the right password of a real account is refused from there until the minute has passed.
        assertEquals(429, basic(Api.ADMIN, System.getProperty("test.user.admin.password"), address).statusCode());
    }

    private static HttpResponse<String> basic(String username, String password, String address) {
        return Api.anonymous().send(HttpRequest.newBuilder(Api.uri("/api/programs"))
                .header("Authorization", Api.basic(username, password)).header("X-Forwarded-For", address).GET());
    }

    /**
     * A client address of the test's own (IPv6 documentation prefix, RFC 3849), sent only as the
     * X-Forwarded-For header that the test domain trusts from loopback: the failed sign-ins it causes
     * never count against 127.0.0.1, which every other test signs in from.
     */
    static String testAddress() {
        return "2001:db8::" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffL) + ":"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffL);
    }

    @Test
    void securityHeadersOnRestAndPages() {
        HttpResponse<String> rest = api.get("/api/programs");
        assertEquals(200, rest.statusCode());
        assertEquals("nosniff", rest.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", rest.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("no-referrer", rest.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals("no-store", rest.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(rest.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));

        HttpResponse<String> page = Api.anonymous().get("/login.xhtml");
        assertEquals(200, page.statusCode());
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(page.headers().firstValue("Server").isEmpty() && page.headers().firstValue("X-Powered-By").isEmpty(),
                "no server name or version");
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesAndNeverReturned() throws Exception {
        var account = Accounts.create("coordinator");
        String stored = TestDatabase.passwordHash(account.username());
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"), stored);
        assertFalse(stored.contains(account.password()));
        String listed = api.get("/api/users/" + account.id()).body();
        assertFalse(listed.contains(stored.split(":")[3]) || listed.toLowerCase().contains("hash"), listed);
        assertEquals(200, account.api().get("/api/programs").statusCode());
    }

    @Test
    void aPasswordResetTakesEffectAtOnce() {
        var account = Accounts.create("coordinator");
        assertEquals(200, account.api().get("/api/programs").statusCode());
        String newPassword = "a new passphrase " + System.nanoTime();
        HttpResponse<String> reset = api.put("/api/users/" + account.id() + "/password",
                Json.createObjectBuilder().add("password", newPassword).build().toString());
        assertEquals(204, reset.statusCode(), reset.body());
        assertEquals(200, Api.as(account.username(), newPassword).get("/api/programs").statusCode());
        assertEquals(401, Api.anonymous().send(HttpRequest.newBuilder(Api.uri("/api/programs"))
                .header("Authorization", Api.basic(account.username(), account.password()))
                .header("X-Forwarded-For", testAddress()).GET()).statusCode());
    }

    @Test
    void weakPasswordsAndUnknownRolesAre422() {
        HttpResponse<String> weak = api.post("/api/users", Json.createObjectBuilder().add("username", "weak-" + System.nanoTime() % 100000)
                .add("password", "short").add("roles", Json.createArrayBuilder().add("root")).build().toString());
        assertEquals(422, weak.statusCode(), weak.body());
        List<String> fields = Api.json(weak.body()).asJsonObject().getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject).map(e -> e.getString("field")).toList();
        assertTrue(fields.contains("password") && fields.contains("roles[0]"), fields.toString());
    }

    @Test
    void changesAreAuditedWithWhoWhatBeforeAndAfter() {
        long program = Accounts.program("Audit");
        var coordinator = Accounts.create("coordinator");
        Api as = coordinator.api();
        String resident = "{\"id\":\"RA\",\"name\":\"Audit Resident\",\"pgy\":2}";
        assertEquals(201, as.post("/api/programs/" + program + "/residents", resident).statusCode());
        String renamed = "{\"id\":\"RA\",\"name\":\"Audit Renamed\",\"pgy\":2}";
        HttpResponse<String> put = as.put("/api/programs/" + program + "/residents/RA", renamed);
        assertEquals(200, put.statusCode(), put.body());

        HttpResponse<String> log = api.get("/api/audit?limit=200");
        assertEquals(200, log.statusCode(), log.body());
        List<JsonObject> mine = Api.json(log.body()).asJsonObject().getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject).filter(e -> coordinator.username().equals(e.getString("username", null)))
                .toList();
        assertEquals(2, mine.size(), mine.toString());
        JsonObject change = mine.get(0); // newest first
        assertEquals("PUT", change.getString("method"));
        assertEquals("/api/programs/" + program + "/residents/RA", change.getString("path"));
        assertEquals("/api/programs/{programId}/residents/{id}", change.getString("entity"));
        assertTrue(change.getString("before").contains("Audit Resident"), change.toString());
        assertTrue(change.getString("after").contains("Audit Renamed"), change.toString());
        JsonObject creation = mine.get(1);
        assertEquals("POST", creation.getString("method"));
        assertEquals("/api/programs/" + program + "/residents/RA", creation.getString("location"));
        assertNotNull(creation.getString("at"));

        assertEquals(403, as.get("/api/audit").statusCode(), "only admins read the audit log");
    }

    @Test
    void accountCreationIsAuditedWithoutThePassword() {
        var account = Accounts.create("coordinator");
        String log = api.get("/api/audit?limit=500").body();
        assertTrue(log.contains(account.username()), "the creation is recorded");
        assertFalse(log.contains(account.password()), "but never its password");
    }

    @Test
    void healthAndMetricsStayAnonymousForScrapers() {
        HttpResponse<String> ready = Api.anonymous().get("/health/ready");
        assertTrue(Set.of(200, 503).contains(ready.statusCode()), ready.statusCode() + " " + ready.body());
        assertEquals(200, Api.anonymous().get("/health/live").statusCode());
        assertEquals(200, Api.anonymous().get("/metrics").statusCode());
    }
}
