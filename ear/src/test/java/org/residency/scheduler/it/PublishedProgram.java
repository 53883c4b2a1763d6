package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A generated program of 6 residents and 3 faculty whose two-block year started two weeks ago (so it has
 * past, frozen and open days), with its planted valid schedule stored as the draft "planted".
 */
final class PublishedProgram {

    static final int FREEZE_DAYS = 7;

    final long id;
    final LocalDate start;
    final JsonObject program;
    final JsonObject planted;
    private final Api api = new Api();

    private PublishedProgram(long id, LocalDate start, JsonObject program, JsonObject planted) {
        this.id = id;
        this.start = start;
        this.program = program;
        this.planted = planted;
    }

    static PublishedProgram create(String label) {
        try {
            Path dir = Files.createTempDirectory("lifecycle");
            LocalDate start = LocalDate.now().minusDays(14);
            Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(), "--residents", "6",
                    "--faculty", "3", "--seed", "5", "--blocks", "2", "--start", start.toString(),
                    "--name", label + " " + System.nanoTime(), "--out", dir.resolve("p.json").toString(),
                    "--solution-out", dir.resolve("s.json").toString()).inheritIO().start();
            assertEquals(0, gen.waitFor());
            Api admin = new Api();
            HttpResponse<String> created = admin.post("/api/programs", Api.text(dir.resolve("p.json")));
            assertEquals(201, created.statusCode(), created.body());
            long id = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
            PublishedProgram p = new PublishedProgram(id, start, Api.file(dir.resolve("p.json")).asJsonObject(),
                    Api.file(dir.resolve("s.json")).asJsonObject());
            HttpResponse<String> put = admin.put(p.schedule("planted"), p.planted.toString());
            assertEquals(201, put.statusCode(), put.body());
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String base() {
        return "/api/programs/" + id;
    }

    String schedule(String scheduleId) {
        return base() + "/schedules/" + scheduleId;
    }

    /** Publishes as the admin, expecting success. */
    void publish(String scheduleId) {
        HttpResponse<String> published = api.post(schedule(scheduleId) + "/publish", "{}");
        assertEquals(200, published.statusCode(), published.body());
    }

    JsonObject document(String scheduleId) {
        HttpResponse<String> got = api.get(schedule(scheduleId));
        assertEquals(200, got.statusCode(), got.body());
        return Api.json(got.body()).asJsonObject();
    }

    int day(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(start, date);
    }

    LocalDate date(int day) {
        return start.plusDays(day);
    }

    List<String> residents() {
        return program.getJsonArray("residents").stream().map(JsonValue::asJsonObject).map(r -> r.getString("id")).toList();
    }

    /** The planted schedule with nobody on call on one night (one call-coverage violation more). */
    String withoutCall(int night) {
        JsonArray call = Json.createArrayBuilder(planted.getJsonArray("call")).set(night, JsonValue.NULL).build();
        return Json.createObjectBuilder(planted).add("call", call).build().toString();
    }

    /** The first night on or after {@code from} with someone on call in this document, or -1. */
    static int nightWithCall(JsonObject document, int from) {
        JsonArray call = document.getJsonArray("call");
        for (int n = from; n < call.size(); n++) {
            if (!call.isNull(n)) {
                return n;
            }
        }
        return -1;
    }
}
