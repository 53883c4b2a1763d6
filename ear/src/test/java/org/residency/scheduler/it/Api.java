package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A small HTTP client for the deployed application on the test domain's HTTP port, signed in with HTTP
 * Basic: as the first admin by default ({@code new Api()}), as any account ({@link #as}), or anonymous.
 */
final class Api {

    static final String BASE = "http://127.0.0.1:" + System.getProperty("test.http.port", "20080");
    /** The first admin, whose password scripts/lib/test-domain.sh gives the test domain (ear/pom.xml). */
    static final String ADMIN = "admin";

    /** One client (and so one connection pool) per Api, as before accounts: a 413 that the server sends before
     * reading an oversize body closes the connection, and must not meet another test's pooled connection. */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String authorization;

    Api() {
        this(basic(ADMIN, System.getProperty("test.user.admin.password")));
    }

    private Api(String authorization) {
        this.authorization = authorization;
    }

    static Api as(String username, String password) {
        return new Api(basic(username, password));
    }

    static Api anonymous() {
        return new Api(null);
    }

    static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A GET whose body is binary (a workbook). */
    HttpResponse<byte[]> bytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            if (authorization != null) {
                request.setHeader("Authorization", authorization);
            }
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls GET path until the JSON body satisfies the condition or the timeout passes; returns the last body. */
    JsonObject await(String path, Predicate<JsonObject> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(path);
            if (response.statusCode() == 200) {
                last = json(response.body()).asJsonObject();
                if (condition.test(last)) {
                    return last;
                }
            }
            pause();
        }
        return last;
    }

    static URI uri(String path) {
        return URI.create(BASE + path);
    }

    static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    static JsonStructure file(Path path) {
        try (var reader = Json.createReader(Files.newBufferedReader(path))) {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path formats(String relative) {
        return Path.of(System.getProperty("formats.dir")).resolve(relative);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
