package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.residency.scheduler.it.Problems.assertProblem;

/**
 * Absence requests over REST as residents, faculty and coordinators use them: request, see one's own,
 * repair proposal as a job, approve with the repair or without, reject, withdraw, and every refusal leaving
 * the stored data as it was. small.json: year 2026-07-02 .. 2026-08-26, R1..R6, F1..F3, R3 away 08-03 .. 08-09.
 */
class AbsenceRequestsIT extends DeployedApplication {

    private static final Duration SOLVE = Duration.ofMinutes(3);

    @Test
    void aResidentsRequestIsApprovedWithTheProposedRepair() {
        long program = Accounts.program("Absence repair");
        String schedule = generated(program);
        Api resident = Accounts.create("resident", program, "R2").api();
        Accounts.Account coordinatorAccount = Accounts.create("coordinator");
        Api coordinator = coordinatorAccount.api();
        String requests = "/api/programs/" + program + "/absence-requests";
        String absencesBefore = api.get("/api/programs/" + program + "/absences").body();

        HttpResponse<String> created = resident.post(requests, body(null, "2026-08-10", "2026-08-12", "SICK", "flu"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject request = Api.json(created.body()).asJsonObject();
        String self = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        assertEquals(requests + "/" + request.getInt("id"), self);
        assertEquals("R2", request.getString("person"), "a resident's own person by default");
        assertEquals("REQUESTED", request.getString("status"));
        assertEquals(3, request.getInt("days"));
        assertEquals(absencesBefore, api.get("/api/programs/" + program + "/absences").body(),
                "a request is not an absence of the program yet");
        assertEquals(1, list(resident, requests).size());
        assertEquals(1, list(coordinator, requests + "?status=requested").size());
        assertEquals(0, list(coordinator, requests + "?status=APPROVED").size());

        HttpResponse<String> proposed = coordinator.post(self + "/repair-proposal", "{\"timeLimitSeconds\": 60}");
        assertEquals(202, proposed.statusCode(), proposed.body());
        String job = URI.create(proposed.headers().firstValue("Location").orElseThrow()).getPath();
        JsonObject done = finished(job);
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
        assertEquals(self + "/repair-proposal", done.getString("resultLink"));
        assertEquals(1, list(coordinator, "/api/programs/" + program + "/schedules").size(),
                "a proposal stores no schedule");
        assertEquals(absencesBefore, api.get("/api/programs/" + program + "/absences").body(),
                "nor adds the absence");

        JsonObject proposal = Api.json(coordinator.get(self + "/repair-proposal").body()).asJsonObject();
        assertTrue(proposal.getBoolean("proposal") && proposal.getBoolean("current"), proposal.toString());
        assertEquals(schedule, proposal.getString("baseSchedule"));
        JsonArray changes = proposal.getJsonArray("changes");
        assertTrue(changes.size() > 0, "R2 worked some of those days: " + proposal);
        assertTrue(changes.stream().map(JsonValue::asJsonObject).anyMatch(c -> "R2".equals(c.getString("person"))
                && c.getString("date").compareTo("2026-08-10") >= 0 && c.getString("date").compareTo("2026-08-12") <= 0
                && "AA".equals(c.getString("after"))), changes.toString());
        assertTrue(proposal.getJsonObject("after").getBoolean("ok"));
        assertEquals(List.of(), proposal.getJsonObject("after").getJsonArray("violations"));
        assertEquals(403, resident.get(self + "/repair-proposal").statusCode());
        assertEquals(403, resident.post(self + "/approve", "{}").statusCode());

        long jobId = done.getJsonNumber("id").longValue();
        HttpResponse<String> approved = coordinator.post(self + "/approve",
                "{\"comment\": \"get well\", \"proposalJob\": " + jobId + "}");
        assertEquals(200, approved.statusCode(), approved.body());
        JsonObject decided = Api.json(approved.body()).asJsonObject();
        assertEquals("APPROVED", decided.getString("status"));
        assertEquals(coordinatorAccount.username(), decided.getString("decidedBy"));
        assertEquals("get well", decided.getString("comment"));
        String repaired = "/api/programs/" + program + "/schedules/" + decided.getString("repairedSchedule");
        assertNotEquals("/api/programs/" + program + "/schedules/" + schedule, repaired);
        assertTrue(Api.json(api.get(repaired + "/violations").body()).asJsonObject().getBoolean("ok"));
        JsonArray r2 = Api.json(api.get(repaired).body()).asJsonObject().getJsonObject("days").getJsonArray("R2");
        int first = (int) ChronoUnit.DAYS.between(LocalDate.parse("2026-07-02"), LocalDate.parse("2026-08-10"));
        assertEquals("AA", r2.getString(first));
        String absences = api.get("/api/programs/" + program + "/absences").body();
        assertTrue(absences.contains("\"2026-08-10\""), absences);
        assertEquals(decided.getJsonNumber("absence").longValue(), Api.json(absences).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(a -> "2026-08-10".equals(a.getString("start"))).findFirst()
                .orElseThrow().getJsonNumber("id").longValue());

        // A second decision changes nothing.
        int schedulesAfter = list(coordinator, "/api/programs/" + program + "/schedules").size();
        assertProblem(coordinator.post(self + "/approve", "{\"proposalJob\": " + jobId + "}"), 409, "status");
        assertProblem(coordinator.post(self + "/reject", "{}"), 409, "status");
        assertProblem(resident.post(self + "/withdraw", "{}"), 409, "status");
        assertEquals(absences, api.get("/api/programs/" + program + "/absences").body());
        assertEquals(schedulesAfter, list(coordinator, "/api/programs/" + program + "/schedules").size());
        assertEquals("APPROVED", Api.json(resident.get(self).body()).asJsonObject().getString("status"));
        assertTrue(new Api().get("/api/audit?limit=100").body().contains(self + "/approve"), "the approval is audited");
    }

    @Test
    void anApprovalIsRefusedOnceTheScheduleChangedSinceTheProposal() {
        long program = Accounts.program("Absence stale");
        String schedule = "/api/programs/" + program + "/schedules/" + generated(program);
        String requests = "/api/programs/" + program + "/absence-requests";
        HttpResponse<String> created = api.post(requests, body("R5", "2026-08-17", "2026-08-18", "CONFERENCE", null));
        assertEquals(201, created.statusCode(), created.body());
        String self = requests + "/" + Api.json(created.body()).asJsonObject().getInt("id");
        HttpResponse<String> proposed = api.post(self + "/repair-proposal", "{\"timeLimitSeconds\": 60}");
        assertEquals(202, proposed.statusCode(), proposed.body());
        JsonObject done = finished(URI.create(proposed.headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());

        HttpResponse<String> stored = api.put(schedule, api.get(schedule).body()); // a new version, same cells
        assertEquals(200, stored.statusCode(), stored.body());
        assertFalse(Api.json(api.get(self + "/repair-proposal").body()).asJsonObject().getBoolean("current"));
        String absences = api.get("/api/programs/" + program + "/absences").body();
        int schedules = list(api, "/api/programs/" + program + "/schedules").size();
        assertProblem(api.post(self + "/approve", "{\"proposalJob\": " + done.getInt("id") + "}"), 409, "proposalJob");
        assertEquals("REQUESTED", Api.json(api.get(self).body()).asJsonObject().getString("status"));
        assertEquals(absences, api.get("/api/programs/" + program + "/absences").body(), "nothing half-applied");
        assertEquals(schedules, list(api, "/api/programs/" + program + "/schedules").size());

        HttpResponse<String> plain = api.post(self + "/approve", "{\"comment\": \"no repair\"}");
        assertEquals(200, plain.statusCode(), plain.body());
        JsonObject approved = Api.json(plain.body()).asJsonObject();
        assertEquals("APPROVED", approved.getString("status"));
        assertFalse(approved.containsKey("repairedSchedule") && !approved.isNull("repairedSchedule"));
        assertTrue(api.get("/api/programs/" + program + "/absences").body().contains("\"2026-08-17\""));
        assertEquals(schedules, list(api, "/api/programs/" + program + "/schedules").size());
    }

    @Test
    void residentsActOnlyForThemselvesAndSeeOnlyTheirOwn() {
        long program = Accounts.program("Absence roles");
        String requests = "/api/programs/" + program + "/absence-requests";
        Api r1 = Accounts.create("resident", program, "R1").api();
        Api f1 = Accounts.create("faculty", program, "F1").api();

        assertProblem(r1.post(requests, body("R2", "2026-07-20", "2026-07-21", "VACATION", null)), 403, null);
        assertEquals(0, list(api, requests).size(), "nothing stored for another person");
        HttpResponse<String> own = r1.post(requests, body("R1", "2026-07-20", "2026-07-21", "VACATION", null));
        assertEquals(201, own.statusCode(), own.body());
        HttpResponse<String> faculty = f1.post(requests, body(null, "2026-07-22", "2026-07-22", "CONFERENCE", null));
        assertEquals(201, faculty.statusCode(), faculty.body());
        assertEquals("F1", Api.json(faculty.body()).asJsonObject().getString("person"));
        String facultyRequest = requests + "/" + Api.json(faculty.body()).asJsonObject().getInt("id");

        assertEquals(List.of("R1"), list(r1, requests).stream().map(r -> r.asJsonObject().getString("person")).toList());
        assertEquals(2, list(api, requests).size(), "coordinators and admins see all");
        assertEquals(404, r1.get(facultyRequest).statusCode());
        assertProblem(r1.post(facultyRequest + "/withdraw", "{}"), 403, null);
        assertProblem(r1.post(facultyRequest + "/approve", "{}"), 403, null);
        assertProblem(r1.post(facultyRequest + "/reject", "{}"), 403, null);
        assertProblem(r1.post(facultyRequest + "/repair-proposal", "{}"), 403, null);
        assertEquals("REQUESTED", Api.json(api.get(facultyRequest).body()).asJsonObject().getString("status"));

        HttpResponse<String> withdrawn = f1.post(facultyRequest + "/withdraw", "{}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", Api.json(withdrawn.body()).asJsonObject().getString("status"));
        assertProblem(api.post(facultyRequest + "/approve", "{}"), 409, "status");

    }

    @Test
    void badRequestsAreProblemsNamingTheFieldAndStoreNothing() {
        long program = Accounts.program("Absence bad input");
        String requests = "/api/programs/" + program + "/absence-requests";
        String absences = api.get("/api/programs/" + program + "/absences").body();
        assertProblem(api.post(requests, body("R1", "2026-07-12", "2026-07-10", "VACATION", null)), 422, "end");
        assertProblem(api.post(requests, body("R1", "2026-06-20", "2026-07-03", "VACATION", null)), 422, "start");
        assertProblem(api.post(requests, body("R1", "2026-08-20", "2026-09-03", "VACATION", null)), 422, "end");
        assertProblem(api.post(requests, body("R1", "12/07/2026", "2026-07-13", "VACATION", null)), 422, "start");
        assertProblem(api.post(requests, body("R1", "2026-07-12", "2026-07-13", "", null)), 422, "kind");
        assertProblem(api.post(requests, body("X9", "2026-07-12", "2026-07-13", "VACATION", null)), 422, "person");
        assertProblem(api.post(requests, body("R3", "2026-08-08", "2026-08-12", "SICK", null)), 422, "start");
        assertProblem(api.post(requests, "{\"start\": 5}"), 400, null);
        assertProblem(api.get(requests + "?status=MAYBE"), 422, "status");
        assertProblem(api.post("/api/programs/987654321/absence-requests",
                body("R1", "2026-07-12", "2026-07-13", "VACATION", null)), 404, null);
        assertEquals(0, list(api, requests).size());
        assertEquals(absences, api.get("/api/programs/" + program + "/absences").body());

        HttpResponse<String> created = api.post(requests, body("R1", "2026-07-12", "2026-07-13", "VACATION", null));
        String self = requests + "/" + Api.json(created.body()).asJsonObject().getInt("id");
        assertProblem(api.post(self + "/repair-proposal", "{}"), 409, null); // no schedule to repair yet
        assertProblem(api.get(self + "/repair-proposal"), 404, null);
        assertProblem(api.post(self + "/approve", "{\"proposalJob\": 987654321}"), 409, "proposalJob");
        HttpResponse<String> rejected = api.post(self + "/reject", "{\"comment\": \"clinic is short\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", Api.json(rejected.body()).asJsonObject().getString("status"));
        assertEquals(absences, api.get("/api/programs/" + program + "/absences").body());
    }

    private String generated(long program) {
        HttpResponse<String> submitted = api.post("/api/programs/" + program + "/schedules", "{\"timeLimitSeconds\": 60}");
        assertEquals(202, submitted.statusCode(), submitted.body());
        JsonObject done = finished(URI.create(submitted.headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals("SUCCEEDED", done.getString("state"), done.toString());
        return done.getJsonObject("result").getString("scheduleId");
    }

    private JsonObject finished(String job) {
        JsonObject last = api.await(job, j -> !j.getString("state").matches("QUEUED|RUNNING"), SOLVE);
        assertTrue(last != null && !last.getString("state").matches("QUEUED|RUNNING"), "job did not finish: " + last);
        return last;
    }

    private static JsonArray list(Api caller, String path) {
        HttpResponse<String> response = caller.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response.body()).asJsonArray();
    }

    private static String body(String person, String start, String end, String kind, String note) {
        var json = Json.createObjectBuilder().add("start", start).add("end", end).add("kind", kind);
        if (person != null) {
            json.add("person", person);
        }
        if (note != null) {
            json.add("note", note);
        }
        return json.build().toString();
    }
}
