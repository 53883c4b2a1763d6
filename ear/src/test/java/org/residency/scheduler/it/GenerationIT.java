package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.residency.scheduler.it.Problems.assertProblem;

/**
 * Schedule generation and repair as a coordinator uses them over REST, on the real engine in the test
 * domain: submit (202), poll the job, read the stored schedule and its violations, cancel a running
 * generation, repair after an absence, and every kind of bad request.
 */
class GenerationIT extends DeployedApplication {

    private static final Duration SOLVE = Duration.ofMinutes(3);
    private static final Set<String> METRICS = Set.of("callSpread", "weekendCallSpread", "requestsGranted", "clinicSpread");

    @Test
    void theSolverLibraryLoadsInTheDomain() {
        HttpResponse<String> ready = api.get("/health/ready");
        JsonObject solver = Api.json(ready.body()).asJsonObject().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject).filter(c -> "solver".equals(c.getString("name"))).findFirst().orElseThrow();
        assertEquals("UP", solver.getString("status"), solver.toString());
        assertTrue(solver.getJsonObject("data").getString("ortools").startsWith("9."), solver.toString());
    }

    /** OR-Tools is JNI: it must come from the domain's lib/ only, never a second copy in the redeployable EAR. */
    @Test
    void theEarLeavesTheSolverLibraryToTheServer() throws IOException {
        try (var ear = new java.util.zip.ZipFile(System.getProperty("ear.file"))) {
            List<String> solverJars = ear.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.matches(".*(ortools|protobuf-java|jna).*\\.jar")).toList();
            assertEquals(List.of(), solverJars);
        }
    }

    @Test
    void aGeneratedScheduleIsStoredAndHasNoHardViolation() throws Exception {
        long program = createProgram(Api.text(Api.formats("examples/small.json")), "Generated");
        HttpResponse<String> submitted = api.post("/api/programs/" + program + "/schedules",
                "{\"timeLimitSeconds\": 60, \"seed\": 3, \"optimise\": [\"callSpread\", \"clinicSpread\"]}");
        assertEquals(202, submitted.statusCode(), submitted.body());
        String job = URI.create(submitted.headers().firstValue("Location").orElseThrow()).getPath();
        assertTrue(job.matches("/api/jobs/\\d+"), job);
        JsonObject accepted = Api.json(submitted.body()).asJsonObject();
        assertEquals("GENERATE_SCHEDULE", accepted.getString("kind"));
        assertEquals(3, accepted.getJsonObject("parameters").getInt("seed"));

        JsonObject done = finished(job);
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
        assertEquals(100, done.getInt("progress"));
        assertTrue(done.getJsonNumber("elapsedMillis").longValue() > 0);
        JsonObject result = done.getJsonObject("result");
        assertEquals("SOLVED", result.getString("outcome"));
        assertEquals(METRICS, result.getJsonObject("metrics").keySet());
        assertEquals(METRICS, result.getJsonObject("bounds").keySet(), "each metric with the bound the engine proved");
        assertTrue(result.containsKey("optimal"));
        String schedule = "/api/programs/" + program + "/schedules/" + result.getString("scheduleId");
        assertEquals(schedule, done.getString("resultLink"));
        assertEquals(result.getString("scheduleId"), done.getString("producedScheduleId"));

        HttpResponse<String> document = api.get(schedule);
        assertEquals(200, document.statusCode());
        assertEquals("residency-schedule/1", Api.json(document.body()).asJsonObject().getString("format"));
        JsonObject violations = Api.json(api.get(schedule + "/violations").body()).asJsonObject();
        assertTrue(violations.getBoolean("ok"), violations.toString());
        assertEquals(0, violations.getJsonArray("violations").size());
        assertCheckPyAccepts(api.get("/api/programs/" + program).body(), document.body());
        assertTrue(api.get("/api/programs/" + program + "/schedules").body().contains("GENERATED"));
    }

    /** The engine's determinism through the whole application: job, stored schedule, export. */
    @Test
    void aRepeatableGenerationGivesTheSameScheduleAgain() {
        long program = createProgram(Api.text(Api.formats("examples/small.json")), "Repeatable");
        String body = "{\"timeLimitSeconds\": 60, \"seed\": 5, \"threads\": 2, \"repeatable\": true}";
        List<String> schedules = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            JsonObject done = finished(submit(program, body));
            assertEquals("SUCCEEDED", done.getString("state"), done.toString());
            assertTrue(done.getJsonObject("parameters").getBoolean("repeatable"), done.toString());
            schedules.add(api.get(done.getString("resultLink")).body());
        }
        assertEquals(schedules.get(0), schedules.get(1), "the same program, seed and threads, the same schedule");
    }

    /** Only obstetrics (one resident a block) keeps a call pool: no schedule exists, and the job says why. */
    @Test
    void anImpossibleProgramFailsWithTheEnginesReasons() {
        JsonObject small = Api.file(Api.formats("examples/small.json")).asJsonObject();
        var rotations = Json.createArrayBuilder();
        for (JsonValue r : small.getJsonArray("rotations")) {
            rotations.add(Json.createObjectBuilder(r.asJsonObject())
                    .add("callPool", "OB".equals(r.asJsonObject().getString("id"))));
        }
        long program = createProgram(Json.createObjectBuilder(small).add("rotations", rotations).build().toString(),
                "Impossible");
        JsonObject done = finished(submit(program, "{\"timeLimitSeconds\": 30}"));
        assertEquals("FAILED", done.getString("state"), done.toString());
        JsonObject result = done.getJsonObject("result");
        assertEquals("INFEASIBLE", result.getString("outcome"));
        JsonObject reason = result.getJsonArray("reasons").getJsonObject(0);
        assertTrue(reason.containsKey("block") && reason.containsKey("people") && !reason.getString("message").isBlank());
        assertTrue(done.getString("error").startsWith("no schedule exists: " + reason.getString("rule")),
                "the error names the first reason's rule: " + done.getString("error"));
        assertTrue(!done.containsKey("resultLink"), "nothing is linked");
        assertEquals("[]", api.get("/api/programs/" + program + "/schedules").body().replace(" ", ""),
                "no partial schedule is stored");
    }

    /**
     * Cancelled while it builds days (once a block has a solution, so the engine has something to complete),
     * the engine finishes the year quickly and that schedule is stored and linked. If the cancel lands
     * before the block's first solution the engine has no complete year: then nothing may be stored.
     */
    @Test
    void aGenerationCancelledWhileBuildingDaysKeepsAValidScheduleOrNothing() throws Exception {
        Path dir = Files.createTempDirectory("keep");
        // 150/60: a 60/30 year now takes the engine 3-6 s, and once the cancel reached it after it had finished
        generate(dir, "150", "60", "22");
        long big = createProgram(Api.text(dir.resolve("p.json")), "Kept");
        String job = submit(big, "{\"timeLimitSeconds\": 120}");
        JsonObject days = api.await(job, j -> j.getString("stage", "").startsWith("days of block")
                && j.containsKey("bestObjective") || !j.getString("state").matches("QUEUED|RUNNING"), Duration.ofSeconds(120));
        assertEquals("RUNNING", days.getString("state"), days.toString());
        assertEquals(200, api.delete(job).statusCode());

        JsonObject done = finished(job);
        assertEquals("CANCELLED", done.getString("state"), done.toString());
        JsonObject result = done.getJsonObject("result");
        if ("SOLVED".equals(result.getString("outcome"))) {
            assertTrue(result.getBoolean("cancelled"), result.toString());
            String schedule = done.getString("resultLink");
            assertEquals(200, api.get(schedule).statusCode());
            assertTrue(Api.json(api.get(schedule + "/violations").body()).asJsonObject().getBoolean("ok"),
                    "the kept schedule is valid");
        } else {
            assertEquals("STOPPED", result.getString("outcome"), result.toString());
            assertTrue(!done.containsKey("resultLink"), done.toString());
            assertEquals("[]", api.get("/api/programs/" + big + "/schedules").body().replace(" ", ""),
                    "no partial year is stored");
        }
    }

    /**
     * A 150/60 year with a long time limit still runs when cancelled (a 60/30 one now ends in 3-6 s): meanwhile a second generation of it is
     * refused and another program's generation waits queued (one solve at a time) and is cancelled there.
     * The cancelled run keeps its best valid schedule if it had one, and the solver is free again after.
     */
    @Test
    void aRunningGenerationIsCancelledAndTheSolverIsFreeAgain() throws Exception {
        Path dir = Files.createTempDirectory("cancel");
        generate(dir, "150", "60", "21");
        long big = createProgram(Api.text(dir.resolve("p.json")), "Big");
        long small = createProgram(Api.text(Api.formats("examples/small.json")), "Waiting");
        String job = submit(big, "{\"timeLimitSeconds\": 900}");
        JsonObject running = api.await(job, j -> "RUNNING".equals(j.getString("state")), Duration.ofSeconds(60));
        assertEquals("RUNNING", running.getString("state"), running.toString());
        Thread.sleep(3000);

        assertProblem(api.post("/api/programs/" + big + "/schedules", "{}"), 409, null);
        String waiting = submit(small, "{}");
        assertEquals("QUEUED", Api.json(api.get(waiting).body()).asJsonObject().getString("state"));
        HttpResponse<String> dequeued = api.delete(waiting);
        assertEquals(200, dequeued.statusCode(), dequeued.body());
        assertEquals("CANCELLED", Api.json(dequeued.body()).asJsonObject().getString("state"));

        JsonObject during = Api.json(api.get(job).body()).asJsonObject();
        assertEquals("RUNNING", during.getString("state"), "still running after 3 s: " + during);
        assertTrue(during.containsKey("stage") && during.getJsonNumber("elapsedMillis").longValue() >= 3000, during.toString());
        HttpResponse<String> cancel = api.delete(job);
        assertEquals(200, cancel.statusCode(), cancel.body());
        assertTrue(Api.json(cancel.body()).asJsonObject().getBoolean("cancelRequested"));

        JsonObject cancelled = api.await(job, j -> !j.getString("state").matches("QUEUED|RUNNING"), Duration.ofSeconds(90));
        System.out.println("GenerationIT cancelled job: " + cancelled);
        assertEquals("CANCELLED", cancelled.getString("state"), cancelled.toString());
        if (cancelled.containsKey("resultLink") && !cancelled.isNull("resultLink")) {
            String kept = cancelled.getString("resultLink");
            assertTrue(Api.json(api.get(kept + "/violations").body()).asJsonObject().getBoolean("ok"),
                    "a kept schedule is valid");
        }
        assertProblem(api.delete(job), 409, null);
        assertEquals("CANCELLED", Api.json(api.get(waiting).body()).asJsonObject().getString("state"),
                "the queued job's message was skipped");

        JsonObject after = finished(submit(small, "{\"timeLimitSeconds\": 60}"));
        assertEquals("SUCCEEDED", after.getString("state"), "the solver is free again: " + after);
    }

    @Test
    void aRepairAbsorbsAnAbsenceAsANewScheduleKeepingTheFrozenDays() throws Exception {
        long program = createProgram(Api.text(Api.formats("examples/small.json")), "Repaired");
        JsonObject generated = finished(submit(program, "{\"timeLimitSeconds\": 60}"));
        assertEquals("SUCCEEDED", generated.getString("state"), generated.toString());
        String original = generated.getString("resultLink");
        String before = api.get(original).body();

        JsonObject absence = Json.createObjectBuilder().add("person", "R2").add("start", "2026-08-10")
                .add("end", "2026-08-12").add("kind", "SICK").build();
        HttpResponse<String> submitted = api.post(original + "/repair", Json.createObjectBuilder()
                .add("absence", absence).add("freezeBefore", "2026-08-05").add("timeLimitSeconds", 60).build().toString());
        assertEquals(202, submitted.statusCode(), submitted.body());
        JsonObject done = finished(URI.create(submitted.headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
        assertEquals("REPAIR_SCHEDULE", done.getString("kind"));
        JsonObject result = done.getJsonObject("result");
        assertEquals(result.getInt("changeCount"), result.getJsonArray("changes").size());
        assertTrue(result.getInt("changeCount") > 0, "R2 worked on those days before: " + result);
        String repaired = done.getString("resultLink");
        assertNotEquals(original, repaired);

        assertEquals(Api.json(before), Api.json(api.get(original).body()), "the original schedule is kept as it was");
        String after = api.get(repaired).body();
        assertTrue(Api.json(api.get(repaired + "/violations").body()).asJsonObject().getBoolean("ok"));
        assertTrue(api.get("/api/programs/" + program + "/absences").body().contains("\"2026-08-10\""),
                "the absence is now part of the program");
        assertCheckPyAccepts(api.get("/api/programs/" + program).body(), after);
        assertFrozenDaysKept(Api.json(before).asJsonObject(), Api.json(after).asJsonObject(),
                LocalDate.parse(Api.json(api.get("/api/programs/" + program).body()).asJsonObject().getString("start")),
                LocalDate.parse("2026-08-05"));
        JsonArray r2 = Api.json(after).asJsonObject().getJsonObject("days").getJsonArray("R2");
        int first = (int) ChronoUnit.DAYS.between(LocalDate.parse("2026-07-02"), LocalDate.parse("2026-08-10"));
        assertEquals("AA", r2.getString(first));
        assertEquals("AA", r2.getString(first + 2));
    }

    @Test
    void badRequestsAreProblemsNamingWhatIsWrong() throws Exception {
        long program = createProgram(Api.text(Api.formats("examples/small.json")), "Bad requests");
        String schedules = "/api/programs/" + program + "/schedules";
        assertProblem(api.post("/api/programs/987654321/schedules", "{}"), 404, null);
        assertProblem(api.post(schedules, "{\"timeLimitSeconds\": 0}"), 422, "timeLimitSeconds");
        assertProblem(api.post(schedules, "{\"timeLimitSeconds\": 3601}"), 422, "timeLimitSeconds");
        assertProblem(api.post(schedules, "{\"threads\": 64}"), 422, "threads");
        assertProblem(api.post(schedules, "{\"optimise\": [\"callSpread\", \"fairness\"]}"), 422, "optimise[1]");
        assertProblem(api.post(schedules, "{\"seed\": \"seven\"}"), 400, "seed");
        assertProblem(api.post(schedules, "{\"repeatable\": \"yes\"}"), 400, "repeatable");
        assertProblem(api.post(schedules, "{\"timeLimit\": 60}"), 400, "timeLimit");
        assertProblem(api.post(schedules, "{\"seed\": "), 400, null);

        JsonObject done = finished(submit(program, "{\"timeLimitSeconds\": 60}"));
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
        String repair = done.getString("resultLink") + "/repair";
        assertProblem(api.post(schedules + "/no-such-schedule/repair", "{\"removedPerson\": \"R1\"}"), 404, null);
        assertProblem(api.post(repair, absence("X9", "2026-08-10", "2026-08-12")), 422, "absence.person");
        assertProblem(api.post(repair, absence("R1", "2026-08-12", "2026-08-10")), 422, "absence.end");
        assertProblem(api.post(repair, absence("R1", "2026-06-01", "2026-07-05")), 422, "absence.start");
        assertProblem(api.post(repair, absence("R1", "2026-08-20", "2026-09-30")), 422, "absence.end");
        assertProblem(api.post(repair, "{\"removedPerson\": \"X9\", \"freezeBefore\": \"2026-07-02\"}"), 422, "removedPerson");
        assertProblem(api.post(repair, "{\"freezeBefore\": \"2026-07-02\"}"), 422, "absence");
        assertProblem(api.post(repair, "{\"removedPerson\": \"R1\", \"freezeBefore\": \"1 July\"}"), 422, "freezeBefore");
        assertProblem(api.post(repair, "{\"removedPerson\": \"R1\", \"when\": 1}"), 400, "when");

        assertProblem(api.delete("/api/jobs/987654321"), 404, null);
        assertProblem(api.delete(URI.create(Api.BASE + "/api/jobs/" + done.getInt("id")).getPath()), 409, null);
    }

    private static String absence(String person, String start, String end) {
        return Json.createObjectBuilder().add("absence", Json.createObjectBuilder().add("person", person)
                .add("start", start).add("end", end).add("kind", "SICK")).add("freezeBefore", "2026-07-02")
                .build().toString();
    }

    private String submit(long program, String body) {
        HttpResponse<String> submitted = api.post("/api/programs/" + program + "/schedules", body);
        assertEquals(202, submitted.statusCode(), submitted.body());
        return URI.create(submitted.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private JsonObject finished(String job) {
        JsonObject last = api.await(job, j -> !j.getString("state").matches("QUEUED|RUNNING"), SOLVE);
        assertTrue(last != null && !last.getString("state").matches("QUEUED|RUNNING"), "job did not finish: " + last);
        System.out.println("GenerationIT job " + last.getInt("id") + " " + last.getString("state") + " in "
                + last.get("elapsedMillis") + " ms: " + last.get("result"));
        return last;
    }

    private long createProgram(String document, String label) {
        String named = document.replaceFirst("\"name\":\\s*\"", "\"name\": \"" + label + " " + System.nanoTime() + " ");
        HttpResponse<String> created = api.post("/api/programs", named);
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
    }

    /** Every person's days before the freeze date are exactly as they were. */
    private static void assertFrozenDaysKept(JsonObject before, JsonObject after, LocalDate start, LocalDate freeze) {
        int frozen = (int) ChronoUnit.DAYS.between(start, freeze);
        JsonObject daysBefore = before.getJsonObject("days");
        JsonObject daysAfter = after.getJsonObject("days");
        for (String person : daysBefore.keySet()) {
            for (int d = 0; d < frozen; d++) {
                assertEquals(daysBefore.getJsonArray(person).get(d), daysAfter.getJsonArray(person).get(d),
                        person + " day " + d + " is before the freeze date");
            }
        }
        for (int n = 0; n < frozen; n++) {
            assertEquals(before.getJsonArray("call").get(n), after.getJsonArray("call").get(n), "call night " + n);
        }
    }

    /** Writes a program of generate.py into {@code dir}/p.json (also used by GeneratePageIT). */
    static void generate(Path dir, String residents, String faculty, String seed) throws IOException, InterruptedException {
        Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(), "--residents", residents,
                "--faculty", faculty, "--seed", seed, "--out", dir.resolve("p.json").toString()).inheritIO().start();
        assertEquals(0, gen.waitFor());
    }

    /** The reference checker finds no hard violation (exit 0). */
    private static void assertCheckPyAccepts(String program, String schedule) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("check");
        Files.writeString(dir.resolve("p.json"), program);
        Files.writeString(dir.resolve("s.json"), schedule);
        Process check = new ProcessBuilder("python3", Api.formats("check.py").toString(), dir.resolve("p.json").toString(),
                dir.resolve("s.json").toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertEquals(0, check.waitFor(), "check.py: " + output);
    }
}
