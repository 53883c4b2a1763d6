package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/cluster: two Payara instances of one deployment group behind nginx, on a database of their
 * own. Checks the three claims of the scale-out: requests are balanced and a signed-in session survives
 * the loss of its instance; each periodic task fires once per schedule across the cluster, before and
 * after the loss; jobs are consumed once. The loss is a kill -9 of the instance that holds the session.
 * The tests run in order on one cluster (about four minutes with its start).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String ADMIN = Api.basic(Api.ADMIN, System.getProperty("test.user.admin.password"));
    private static final Duration PERIOD = Duration.ofSeconds(Cluster.PERIOD_SECONDS);

    private static HttpClient client;
    private static String survivor;
    private static String lost;
    private static Instant lostAt;
    private static long programId;

    @BeforeAll
    static void startCluster() {
        Scripts.run(Cluster.environment(), "scripts/cluster", "stop");   // whatever an interrupted run left
        Scripts.Result started = Scripts.run(Cluster.environment(), "scripts/cluster", "start");
        assertEquals(0, started.status(), started::toString);
        client = Cluster.client().build();
    }

    @AfterAll
    static void stopCluster() {
        Scripts.Result stopped = Scripts.run(Cluster.environment(), "scripts/cluster", "stop");
        assertEquals(0, stopped.status(), stopped::toString);
        Scripts.Result status = Scripts.run(Cluster.environment(), "scripts/cluster", "status");
        assertEquals(1, status.status(), status::toString);
        assertTrue(status.output().contains("residency-1  stopped") && status.output().contains("residency-2  stopped"), status::toString);
    }

    @Test
    @Order(1)
    void statusShowsEveryPartReady() {
        Scripts.Result status = Scripts.run(Cluster.environment(), "scripts/cluster", "status");
        assertEquals(0, status.status(), status::toString);
        assertTrue(status.output().contains("residency-1  ready") && status.output().contains("residency-2  ready"), status::toString);
    }

    @Test
    @Order(2)
    void requestsWithoutASessionAreBalancedOverBothInstances() throws Exception {
        int before = Cluster.accessLog().size();
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> programs = get("/api/programs");
            assertEquals(200, programs.statusCode(), programs::body);
        }
        Map<String, Long> served = upstreams(Cluster.accessLogAfter(before, 30));
        assertEquals(Cluster.INSTANCE_BY_UPSTREAM.keySet(), served.keySet(), "answered by " + served);
        served.forEach((instance, count) -> assertTrue(count >= 5, "unbalanced: " + served));
    }

    /**
     * The seed's 5 failed sign-ins per minute per username hold for the group, not per instance: failures on
     * both instances (addressed directly, each attempt from an address of its own so only the username
     * counts) add up in Redis, and the sixth is refused on either.
     */
    @Test
    @Order(3)
    void theSignInLimitCountsFailuresOnBothInstances() throws Exception {
        String username = "guesser-" + System.nanoTime();
        List<String> upstreams = new ArrayList<>(Cluster.INSTANCE_BY_UPSTREAM.keySet());
        for (int attempt = 1; attempt <= 5; attempt++) {
            String upstream = upstreams.get(attempt <= 3 ? 0 : 1);
            assertEquals(401, signIn(upstream, username, attempt).statusCode(), "attempt " + attempt + " on " + upstream);
        }
        for (String upstream : upstreams) {
            HttpResponse<String> sixth = signIn(upstream, username, 6);
            assertEquals(429, sixth.statusCode(), "the sixth attempt on " + upstream + ": " + sixth.body());
        }
    }

    private static HttpResponse<String> signIn(String upstream, String username, int attempt) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://" + upstream + "/api/programs"))
                .header("Authorization", Api.basic(username, "wrong password " + attempt))
                .header("X-Forwarded-For", "2001:db8::" + Integer.toHexString(attempt) + ":" + Long.toHexString(System.nanoTime() & 0xffff))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(4)
    void eachPeriodicTaskFiresOncePerScheduleWithBothInstancesUp() throws Exception {
        for (String instance : Cluster.INSTANCE_BY_UPSTREAM.values()) {
            assertTrue(Cluster.serverLog(instance).contains("Health snapshot scheduled"), instance + " did not register its timers");
        }
        try (Connection db = Cluster.database()) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM \"EJB__TIMER__TBL\" WHERE position(convert_to('health-snapshot@', 'UTF8') in \"BLOB\") > 0"),
                    "one health snapshot timer for the whole group");
        }
        Instant from = Instant.now();
        Thread.sleep(PERIOD.multipliedBy(4).toMillis());
        assertOncePerPeriod(from, Instant.now());
    }

    @Test
    @Order(5)
    void jobsAreConsumedOnce() throws Exception {
        Path dir = Files.createTempDirectory("cluster");
        Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(), "--residents", "6",
                "--faculty", "3", "--seed", "11", "--blocks", "2", "--name", "Cluster " + System.nanoTime(),
                "--out", dir.resolve("p.json").toString(), "--solution-out", dir.resolve("s.json").toString())
                .inheritIO().start();
        assertEquals(0, gen.waitFor());
        HttpResponse<String> created = send("POST", "/api/programs", Files.readString(dir.resolve("p.json")));
        assertEquals(201, created.statusCode(), created::body);
        programId = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
        HttpResponse<String> planted = send("PUT", "/api/programs/" + programId + "/schedules/planted", Files.readString(dir.resolve("s.json")));
        assertEquals(201, planted.statusCode(), planted::body);
        assertEachJobRunsOnce(8);
    }

    @Test
    @Order(6)
    void aSignedInSessionSurvivesTheLossOfItsInstance() throws Exception {
        HttpClient browser = Cluster.client().cookieHandler(new CookieManager()).build();
        int beforeSignIn = Cluster.accessLog().size();
        Form signIn = Form.of(page(browser, "/login.xhtml").body(), "Sign in");
        signIn.fields.put("username", Api.ADMIN);
        signIn.fields.put("password", System.getProperty("test.user.admin.password"));
        HttpResponse<String> signedIn = post(browser, "/login.xhtml", signIn);
        assertEquals(302, signedIn.statusCode(), signedIn::body);

        int before = beforeSignIn + Cluster.accessLogAfter(beforeSignIn, 2).size();   // the sign-in page and post
        HttpResponse<String> start = page(browser, "/index.xhtml");
        assertSignedIn(start);
        String holder = upstreams(Cluster.accessLogAfter(before, 1)).keySet().iterator().next();
        lost = Cluster.INSTANCE_BY_UPSTREAM.get(holder);
        survivor = Cluster.INSTANCE_BY_UPSTREAM.values().stream().filter(i -> !i.equals(lost)).findFirst().orElseThrow();
        Form signOut = Form.of(start.body(), "Sign out");

        Cluster.kill(lost);
        lostAt = Instant.now();

        before = Cluster.accessLog().size();
        HttpResponse<String> again = page(browser, "/index.xhtml");
        assertSignedIn(again);
        List<String> tried = Cluster.accessLogAfter(before, 1);
        assertTrue(tried.get(tried.size() - 1).endsWith(", " + upstreamOf(survivor)),
                "nginx should have passed the request from the lost instance to the other: " + tried);

        // A postback with the view state the lost instance rendered: restored from the session, the action runs.
        HttpResponse<String> signedOut = post(browser, "/index.xhtml", signOut);
        assertEquals(302, signedOut.statusCode(), "a view state from the lost instance was not restored: " + signedOut.body());
        assertTrue(signedOut.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), signedOut::toString);
        HttpResponse<String> after = page(browser, "/index.xhtml");
        assertEquals(302, after.statusCode(), "signing out on the survivor ended the session");
    }

    @Test
    @Order(7)
    void afterTheLossEachTaskStillFiresOnceAndJobsAreConsumedOnce() throws Exception {
        assertTrue(lostAt != null, "runs after the session test");
        Instant from = lostAt.plus(PERIOD);   // Payara moves the lost instance's timers to the survivor
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), from.plus(PERIOD.multipliedBy(4))).toMillis()));
        assertOncePerPeriod(from, Instant.now());
        try (Connection db = Cluster.database()) {
            assertEquals(0, count(db, "SELECT COUNT(*) FROM \"EJB__TIMER__TBL\" WHERE \"OWNERID\" <> '" + survivor + "'"),
                    "every timer now belongs to the survivor");
        }
        assertTrue(Cluster.serverLog(survivor).contains("migrating timers from " + lost), "the survivor took the timers over");
        assertEachJobRunsOnce(4);
    }

    /** Each period from 'from' to 'to' has exactly one health snapshot and one health-check task run. */
    private static void assertOncePerPeriod(Instant from, Instant to) throws Exception {
        Instant first = Instant.ofEpochSecond((from.getEpochSecond() / PERIOD.getSeconds() + 1) * PERIOD.getSeconds());
        Instant last = Instant.ofEpochSecond((to.getEpochSecond() / PERIOD.getSeconds() - 1) * PERIOD.getSeconds());
        assertTrue(!last.isBefore(first), "too short a window");
        try (Connection db = Cluster.database()) {
            for (Instant slot = first; !slot.isAfter(last); slot = slot.plus(PERIOD)) {
                assertEquals(1, firings(db, "SELECT COUNT(*) FROM health_snapshot WHERE taken_at >= ? AND taken_at < ?", slot),
                        "health snapshots fired at " + slot);
                assertEquals(1, firings(db, "SELECT COUNT(*) FROM task_run WHERE task = 'HEALTH_CHECK' AND queued_at >= ? AND queued_at < ?", slot),
                        "health-check runs queued at " + slot);
            }
        }
    }

    /** Queues validation jobs through the proxy (so both instances queue them) and checks each ran once. */
    private static void assertEachJobRunsOnce(int jobs) throws Exception {
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            HttpResponse<String> queued = send("POST", "/api/programs/" + programId + "/schedules/planted/validation", "{}");
            assertEquals(202, queued.statusCode(), queued::body);
            locations.add(URI.create(queued.headers().firstValue("Location").orElseThrow()).getPath());
        }
        for (String job : locations) {
            JsonObject state = await(job, Duration.ofSeconds(60));
            assertEquals("SUCCEEDED", state.getString("state"), state::toString);
            assertEquals(1, state.getInt("attempts"), "consumed more than once: " + state);
        }
    }

    private static JsonObject await(String path, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(path);
            if (response.statusCode() == 200) {
                last = Api.json(response.body()).asJsonObject();
                if (List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(last.getString("state"))) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + path + " did not end: " + last);
    }

    private static void assertSignedIn(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), "not signed in any more: " + page.headers().map());
        assertTrue(page.body().contains("value=\"Sign out\"") && page.body().contains(Api.ADMIN), page::body);
    }

    private static int firings(Connection db, String sql, Instant slot) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, OffsetDateTime.ofInstant(slot, ZoneOffset.UTC));
            s.setObject(2, OffsetDateTime.ofInstant(slot.plus(PERIOD), ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static int count(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Which upstream answered each logged request (the last one nginx tried), counted. */
    private static Map<String, Long> upstreams(List<String> lines) {
        return lines.stream().map(l -> l.substring(l.indexOf("upstream=") + "upstream=".length()))
                .map(u -> u.contains(", ") ? u.substring(u.lastIndexOf(", ") + 2) : u)
                .collect(Collectors.groupingBy(u -> u, Collectors.counting()));
    }

    private static String upstreamOf(String instance) {
        return Cluster.INSTANCE_BY_UPSTREAM.entrySet().stream().filter(e -> e.getValue().equals(instance))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(Cluster.PROXY + path)).header("Authorization", ADMIN)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(Cluster.PROXY + path)).header("Authorization", ADMIN)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> page(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(Cluster.PROXY + path)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String path, Form form) throws Exception {
        String body = form.fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(Cluster.PROXY + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The fields a browser would post for the Faces form holding the button with the given label. */
    private record Form(Map<String, String> fields) {

        private static final Pattern FORM = Pattern.compile("(?s)<form[^>]*>(.*?)</form>");
        private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");

        static Form of(String html, String button) {
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                Map<String, String> fields = new LinkedHashMap<>();
                boolean found = false;
                Matcher input = INPUT.matcher(form.group(1));
                while (input.find()) {
                    String attributes = input.group(1);
                    String type = attribute(attributes, "type");
                    if ("hidden".equals(type)) {
                        fields.put(attribute(attributes, "name"), attribute(attributes, "value"));
                    } else if ("submit".equals(type) && button.equals(attribute(attributes, "value"))) {
                        fields.put(attribute(attributes, "name"), button);
                        found = true;
                    }
                }
                if (found) {
                    assertFalse(fields.getOrDefault("jakarta.faces.ViewState", "").isEmpty(), "no view state in " + html);
                    return new Form(fields);
                }
            }
            throw new AssertionError("no form with a '" + button + "' button in " + html);
        }

        private static String attribute(String attributes, String name) {
            Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
            return m.find() ? m.group(1).replace("&amp;", "&") : null;
        }
    }
}
