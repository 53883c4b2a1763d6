package org.residency.scheduler.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's nginx with the project's proxy configuration (scripts/proxy renders
 * docker/nginx/templates) on loopback ports in front of the test domain, with a fresh self-signed
 * certificate. The upstream also lists an instance that is not running, so every request below
 * also proves that the balancer passes over a dead instance.
 */
class NginxProxyIT extends DeployedApplication {

    private static final int HTTPS = 20443;
    private static final int HTTP = 20480;
    private static final String PROXY = "https://127.0.0.1:" + HTTPS;
    private static Map<String, String> env;
    private static Path proxyDir;
    private static HttpClient client;

    @BeforeAll
    static void startProxy() throws Exception {
        Path dir = Files.createTempDirectory("nginx-it");
        proxyDir = dir;
        env = Map.of("PROXY_DIR", dir.toString(), "PROXY_HTTPS_PORT", "" + HTTPS, "PROXY_HTTP_PORT", "" + HTTP,
                "PROXY_UPSTREAMS", "127.0.0.1:" + System.getProperty("test.http.port", "20080") + " 127.0.0.1:20099");
        Scripts.Result started = Scripts.run(env, "scripts/proxy", "start");
        assertEquals(0, started.status(), started::toString);
        client = HttpClient.newBuilder().sslContext(Tls.trusting(dir.resolve("tls/server.crt")))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stopProxy() {
        if (env != null) {
            Scripts.Result stopped = Scripts.run(env, "scripts/proxy", "stop");
            assertEquals(0, stopped.status(), stopped::toString);
            assertEquals(1, Scripts.run(env, "scripts/proxy", "status").status(), "nginx still runs");
        }
    }

    @Test
    void httpsReachesTheApplicationWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> programs = get(PROXY + "/api/programs");
        assertEquals(200, programs.statusCode(), programs::body);
        assertTrue(Api.json(programs.body()).getValueType() == jakarta.json.JsonValue.ValueType.ARRAY);
        assertEquals("max-age=31536000; includeSubDomains", header(programs, "Strict-Transport-Security"));
        assertEquals("DENY", header(programs, "X-Frame-Options"));
        assertEquals("nosniff", header(programs, "X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", header(programs, "Referrer-Policy"));
        assertTrue(header(programs, "Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertTrue(header(programs, "Permissions-Policy").contains("camera=()"));
        assertEquals(1, programs.headers().allValues("X-Frame-Options").size(), "the application's own header is replaced");
    }

    @Test
    void readinessPassesThrough() throws Exception {
        HttpResponse<String> ready = get(PROXY + "/health/ready");
        assertEquals(200, ready.statusCode(), ready::body);
        assertEquals("UP", Api.json(ready.body()).asJsonObject().getString("status"));
    }

    @Test
    void plainHttpRedirectsToHttps() throws Exception {
        HttpResponse<String> redirect = get("http://127.0.0.1:" + HTTP + "/api/programs?x=1");
        assertEquals(301, redirect.statusCode());
        assertEquals(PROXY + "/api/programs?x=1", header(redirect, "Location"));
    }

    @Test
    void onlyTls12AndNewerAreOffered() throws Exception {
        HttpClient tls11 = HttpClient.newBuilder().sslContext(client.sslContext())
                .sslParameters(new SSLParameters(null, new String[]{"TLSv1.1"})).build();
        assertThrows(SSLHandshakeException.class, () -> tls11.send(HttpRequest.newBuilder(URI.create(PROXY + "/health/live")).build(),
                HttpResponse.BodyHandlers.discarding()));
        HttpClient tls12 = HttpClient.newBuilder().sslContext(client.sslContext())
                .sslParameters(new SSLParameters(null, new String[]{"TLSv1.2"})).build();
        assertEquals(200, tls12.send(HttpRequest.newBuilder(URI.create(PROXY + "/health/live")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void aProgramCreatedThroughTheProxyGetsAnHttpsLocation() throws Exception {
        String document = Api.text(Api.formats("examples/small.json")).replace("\"name\": \"", "\"name\": \"Proxy " + System.nanoTime() + " ");
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(PROXY + "/api/programs"))
                .header("Authorization", ADMIN).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(document)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created::body);
        String location = header(created, "Location");
        assertTrue(location.startsWith(PROXY + "/api/programs/"), location);
        assertEquals(Api.json(document), Api.json(get(location).body()));
    }

    @Test
    void metricsStayInternal() throws Exception {
        assertEquals(403, get(PROXY + "/metrics").statusCode());
    }

    @Test
    void facesResourcesAreCachedByTheProxyWithoutCookies() throws Exception {
        String page = get(PROXY + "/login.xhtml").body();       // the one page open without signing in
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(page);
        assertTrue(css.find(), "the start page links no Faces resource: " + page);
        HttpResponse<String> resource = get(PROXY + css.group(1).replace("&amp;", "&"));
        assertEquals(200, resource.statusCode());
        assertEquals("max-age=604800", header(resource, "Cache-Control"));
        assertTrue(resource.headers().allValues("Set-Cookie").isEmpty(), "a cached response carries no cookie");
        assertEquals("DENY", header(resource, "X-Frame-Options"));
        assertTrue(header(resource, "X-Powered-By").startsWith("<missing"), "server details are hidden");
        try (var cached = Files.walk(proxyDir.resolve("cache"))) {
            assertTrue(cached.anyMatch(Files::isRegularFile), "nothing was stored in the proxy cache");
        }
    }

    @Test
    void jsonIsCompressed() throws Exception {
        String document = Api.text(Api.formats("examples/realistic.json")).replace("\"name\": \"", "\"name\": \"Gzip " + System.nanoTime() + " ");
        String location = api.post("/api/programs", document).headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> zipped = client.send(HttpRequest.newBuilder(URI.create(PROXY + URI.create(location).getPath()))
                .header("Authorization", ADMIN).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse("none"));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertEquals(Api.json(document), Api.json(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    /** The test domain's first admin, as HTTP Basic: /api needs an account through the proxy as well. */
    private static final String ADMIN = Api.basic(Api.ADMIN, System.getProperty("test.user.admin.password"));

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", ADMIN)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("<missing " + name + ">");
    }
}
