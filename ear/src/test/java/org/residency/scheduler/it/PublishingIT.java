package org.residency.scheduler.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drafts and publishing: every stored schedule is a draft that only coordinators and admins see; publishing
 * makes one THE schedule (the previous one archived), with a reason when it breaks hard rules; the database
 * itself refuses a second published schedule.
 */
class PublishingIT extends DeployedApplication {

    @Test
    void residentsSeeOnlyThePublishedScheduleAndPublishingArchivesThePreviousOne() throws Exception {
        PublishedProgram p = PublishedProgram.create("Publishing");
        Api resident = Accounts.create("resident", p.id, "R1").api();
        Api faculty = Accounts.create("faculty", p.id, "F1").api();
        var coordinator = Accounts.create("coordinator");

        assertEquals("DRAFT", status(api, p, "planted"));
        for (Api reader : List.of(resident, faculty)) {
            assertEquals(0, Api.json(reader.get(p.base() + "/schedules").body()).asJsonArray().size(), "no draft listed");
            assertEquals(404, reader.get(p.schedule("planted")).statusCode());
            assertEquals(404, reader.get(p.schedule("planted") + "/violations").statusCode());
        }
        assertEquals(403, resident.post(p.schedule("planted") + "/publish", "{}").statusCode());

        HttpResponse<String> published = coordinator.api().post(p.schedule("planted") + "/publish", "{}");
        assertEquals(200, published.statusCode(), published.body());
        JsonObject summary = Api.json(published.body()).asJsonObject();
        assertEquals("PUBLISHED", summary.getString("status"));
        assertEquals(coordinator.username(), summary.getString("publishedBy"));
        assertTrue(summary.containsKey("publishedAt") && !summary.isNull("publishedAt"));
        assertTrue(summary.isNull("publishReason"), "a valid schedule needs no reason");

        for (Api reader : List.of(resident, faculty)) {
            JsonArray listed = Api.json(reader.get(p.base() + "/schedules").body()).asJsonArray();
            assertEquals(1, listed.size());
            assertEquals("planted", listed.getJsonObject(0).getString("id"));
            assertEquals(p.planted, Api.json(reader.get(p.schedule("planted")).body()));
        }

        // A second draft with one night uncovered: publishing it needs a reason, and nothing changes without one.
        int night = 20;
        HttpResponse<String> second = api.put(p.schedule("second"), p.withoutCall(night));
        assertEquals(201, second.statusCode(), second.body());
        JsonObject comparison = Api.json(api.get(p.schedule("second") + "/comparison").body()).asJsonObject();
        assertEquals(1, comparison.getInt("changedCells"), comparison.toString());
        assertEquals("planted", comparison.getString("published"));
        assertTrue(comparison.getInt("hardViolations") >= 1);
        assertEquals(404, resident.get(p.schedule("second")).statusCode(), "drafts stay hidden");

        HttpResponse<String> refused = api.post(p.schedule("second") + "/publish", "{}");
        assertEquals(409, refused.statusCode(), refused.body());
        JsonObject problem = Api.json(refused.body()).asJsonObject();
        assertEquals("/problems/override-required", problem.getString("type"));
        assertTrue(problem.getJsonArray("violations").stream().map(JsonValue::asJsonObject)
                .anyMatch(v -> v.getString("rule").equals("call-coverage")
                        && v.getString("firstDate").equals(p.date(night).toString())), problem.toString());
        assertEquals("PUBLISHED", status(api, p, "planted"));
        assertEquals("DRAFT", status(api, p, "second"));

        HttpResponse<String> overridden = coordinator.api().post(p.schedule("second") + "/publish",
                "{\"reason\":\"night covered by a locum, booked outside the program\"}");
        assertEquals(200, overridden.statusCode(), overridden.body());
        assertEquals("night covered by a locum, booked outside the program",
                Api.json(overridden.body()).asJsonObject().getString("publishReason"));
        assertEquals("ARCHIVED", status(api, p, "planted"));
        assertEquals("PUBLISHED", status(api, p, "second"));
        JsonArray overrides = Api.json(api.get(p.schedule("second") + "/overrides").body()).asJsonArray();
        assertEquals(1, overrides.size(), overrides.toString());
        assertEquals("PUBLISH", overrides.getJsonObject(0).getString("kind"));
        assertEquals(coordinator.username(), overrides.getJsonObject(0).getString("actor"));
        assertTrue(overrides.getJsonObject(0).getJsonArray("violations").size() >= 1);
        assertEquals(403, resident.get(p.schedule("second") + "/overrides").statusCode());

        assertEquals(409, api.post(p.schedule("second") + "/publish", "{}").statusCode(), "already published");
        assertEquals(404, resident.get(p.schedule("planted")).statusCode(), "the archived one is hidden again");

        // The published schedule is replaced or deleted only by publishing another.
        assertEquals(409, api.put(p.schedule("second"), p.planted.toString()).statusCode());
        assertEquals(409, api.delete(p.schedule("second")).statusCode());
        assertEquals(Api.json(p.withoutCall(night)), Api.json(api.get(p.schedule("second")).body()), "left as it was");
    }

    @Test
    void theDatabaseRefusesASecondPublishedScheduleOfOneProgram() throws Exception {
        PublishedProgram p = PublishedProgram.create("One published");
        assertEquals(201, api.put(p.schedule("other"), p.planted.toString()).statusCode());
        p.publish("planted");
        SQLException refused = assertThrows(SQLException.class, () -> TestDatabase.update(
                "UPDATE schedule SET status = 'PUBLISHED' WHERE schedule_key = 'other' AND program_id = ?", p.id));
        assertEquals("23505", refused.getSQLState(), "unique violation: " + refused.getMessage());
        assertEquals("DRAFT", status(api, p, "other"));
    }

    @Test
    void publishingWhatDoesNotExistIs404AndABadBody400() {
        PublishedProgram p = PublishedProgram.create("Publish input");
        assertEquals(404, api.post(p.schedule("absent") + "/publish", "{}").statusCode());
        assertEquals(404, api.post("/api/programs/987654321/schedules/planted/publish", "{}").statusCode());
        HttpResponse<String> malformed = api.post(p.schedule("planted") + "/publish", "{\"reason\":");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("DRAFT", status(api, p, "planted"));
        HttpResponse<String> unknownField = api.post(p.schedule("planted") + "/publish", "{\"why\":\"x\"}");
        assertTrue(unknownField.statusCode() == 400 || unknownField.statusCode() == 422, unknownField.body());
        assertEquals("DRAFT", status(api, p, "planted"));
    }

    static String status(Api api, PublishedProgram p, String scheduleId) {
        return Api.json(api.get(p.base() + "/schedules").body()).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("id").equals(scheduleId)).findFirst().orElseThrow().getString("status");
    }
}
