package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every malformed or inconsistent input gets a 4xx problem+json naming what is wrong, and nothing
 * of it is stored: the table below, against the deployed application.
 */
class BadInputIT extends DeployedApplication {

    private static final JsonObject SMALL = Api.file(Api.formats("examples/small.json")).asJsonObject();

    static Stream<Arguments> badPrograms() {
        return Stream.of(
                bad("PGY 7", p -> with(p, "residents", 0, "pgy", Json.createValue(7)), 422, "program.residents[0].pgy"),
                bad("PGY 0", p -> with(p, "residents", 1, "pgy", Json.createValue(0)), 422, "program.residents[1].pgy"),
                bad("duplicate person id", p -> with(p, "faculty", 0, "id", Json.createValue("R1")), 422, "program.faculty[0]"),
                bad("unknown rotation in curriculum", p -> with(p, "curriculum", 0, "rotation", Json.createValue("NOPE")), 422, "program.curriculum[0].rotation"),
                bad("unknown rotation in fixed", p -> with(p, "fixed", 0, "rotation", Json.createValue("NOPE")), 422, "program.fixed[0].rotation"),
                bad("bad start date", p -> set(p, "start", Json.createValue("2026-13-45")), 422, "program.start"),
                bad("wrong format", p -> set(p, "format", Json.createValue("residency-program/2")), 422, "program.format"),
                bad("zero blocks", p -> set(p, "blocks", Json.createValue(0)), 422, "program.blocks"),
                bad("absence ends before it starts", p -> with(p, "absences", 0, "end", Json.createValue("2026-07-01")), 422, "program.absences[0]"),
                bad("absence of nobody", p -> with(p, "absences", 0, "person", Json.createValue("X9")), 422, "program.absences[0].person"),
                bad("request kind", p -> with(p, "requests", 0, "kind", Json.createValue("VACATION")), 422, "program.requests[0].kind"),
                bad("rotation PGY level 4", p -> with(p, "rotations", 0, "pgy", Json.createArrayBuilder().add(4).build()), 422, "program.rotations[0].pgy"),
                bad("missing hours", p -> Json.createObjectBuilder(p).remove("hours").build(), 422, "program.hours"),
                bad("string where a number belongs", p -> set(p, "blockDays", Json.createValue("28")), 400, "blockDays"),
                bad("unknown property", p -> set(p, "colour", Json.createValue("blue")), 400, "colour"));
    }

    @BeforeAll
    static void exampleHasWhatTheTableMutates() {
        assertTrue(SMALL.getJsonArray("fixed").size() > 0 && SMALL.getJsonArray("absences").size() > 0
                && SMALL.getJsonArray("requests").size() > 0, "small.json must have fixed, absences and requests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPrograms")
    void badProgramIsRejectedAndNotStored(String title, JsonObject document, int status, String field) {
        int programsBefore = programCount();
        HttpResponse<String> response = api.post("/api/programs", document.toString());
        assertProblem(response, status, field);
        assertEquals(programsBefore, programCount(), "nothing is stored");
    }

    @Test
    void malformedJson() {
        assertProblem(api.post("/api/programs", "{\"format\": \"residency-program/1\", "), 400, null);
    }

    @Test
    void wrongContentType() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(Api.uri("/api/programs"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(SMALL.toString())));
        assertProblem(response, 415, null);
    }

    @Test
    void oversizeBody() {
        String huge = "{\"name\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        assertProblem(api.post("/api/programs", huge), 413, null);
    }

    @Test
    void unknownProgram() {
        assertProblem(api.get("/api/programs/987654321"), 404, null);
        assertProblem(api.put("/api/programs/987654321/schedules/x", "{}"), 404, null);
    }

    @Test
    void duplicateProgramName() {
        JsonObject program = set(SMALL, "name", Json.createValue("Duplicate " + System.nanoTime()));
        assertEquals(201, api.post("/api/programs", program.toString()).statusCode());
        assertProblem(api.post("/api/programs", program.toString()), 409, null);
    }

    @Test
    void inconsistentSchedulesAreRejected() {
        JsonObject program = set(SMALL, "name", Json.createValue("Schedules " + System.nanoTime()));
        HttpResponse<String> created = api.post("/api/programs", program.toString());
        String schedules = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath() + "/schedules/s1";
        JsonObject valid = emptySchedule(program);
        assertEquals(201, api.put(schedules, valid.toString()).statusCode());

        assertProblem(api.put(schedules, set(valid, "program", Json.createValue("another")).toString()), 422, "schedule.program");
        JsonObject shortDays = set(valid, "days", Json.createObjectBuilder(valid.getJsonObject("days"))
                .add("R1", Json.createArrayBuilder().add("OO")).build());
        assertProblem(api.put(schedules, shortDays.toString()), 422, "schedule.days.R1");
        JsonObject badCode = set(valid, "days", Json.createObjectBuilder(valid.getJsonObject("days"))
                .add("F1", Json.createArrayBuilder(valid.getJsonObject("days").getJsonArray("F1")).set(3, Json.createValue("RC"))).build());
        assertProblem(api.put(schedules, badCode.toString()), 422, "schedule.days.F1[3]");
        assertEquals(Api.json(valid.toString()), Api.json(api.get(schedules).body()), "the stored schedule is unchanged");
    }

    /** A shape-valid schedule: everyone off, nobody on call, every resident on the first rotation. */
    private static JsonObject emptySchedule(JsonObject program) {
        int days = program.getInt("blocks") * program.getInt("blockDays");
        var blocks = Json.createObjectBuilder();
        var sessions = Json.createObjectBuilder();
        String rotation = program.getJsonArray("rotations").getJsonObject(0).getString("id");
        for (JsonValue r : program.getJsonArray("residents")) {
            var row = Json.createArrayBuilder();
            for (int b = 0; b < program.getInt("blocks"); b++) {
                row.add(rotation);
            }
            blocks.add(r.asJsonObject().getString("id"), row);
        }
        for (String group : new String[]{"residents", "faculty"}) {
            for (JsonValue person : program.getJsonArray(group)) {
                var row = Json.createArrayBuilder();
                for (int d = 0; d < days; d++) {
                    row.add("OO");
                }
                sessions.add(person.asJsonObject().getString("id"), row);
            }
        }
        var call = Json.createArrayBuilder();
        for (int d = 0; d < days; d++) {
            call.addNull();
        }
        return Json.createObjectBuilder().add("format", "residency-schedule/1").add("program", program.getString("name"))
                .add("blocks", blocks).add("days", sessions).add("call", call).build();
    }

    private void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = Api.json(response.body()).asJsonObject();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("/problems/"), problem.toString());
        if (field != null) {
            assertTrue(problem.toString().contains(field), "the problem names " + field + ": " + problem);
        }
        assertTrue(!response.body().contains("at org."), "no stack trace in the response");
    }

    private int programCount() {
        return Api.json(api.get("/api/programs").body()).asJsonArray().size();
    }

    private static Arguments bad(String title, UnaryOperator<JsonObject> change, int status, String field) {
        JsonObject named = set(SMALL, "name", Json.createValue("Bad " + title));
        return Arguments.of(title, change.apply(named), status, field);
    }

    private static JsonObject set(JsonObject object, String key, JsonValue value) {
        JsonObjectBuilder builder = Json.createObjectBuilder(object);
        return builder.add(key, value).build();
    }

    private static JsonObject with(JsonObject program, String list, int index, String key, JsonValue value) {
        var items = Json.createArrayBuilder(program.getJsonArray(list))
                .set(index, set(program.getJsonArray(list).getJsonObject(index), key, value));
        return Json.createObjectBuilder(program).add(list, items).build();
    }
}
