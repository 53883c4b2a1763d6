package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editing one cell or call night: the preview names what the change breaks and saves nothing; saving a
 * change that breaks a hard rule, or touches frozen days of the published schedule, needs a reason and is
 * recorded as an override; bad input changes nothing.
 */
class ScheduleEditsIT extends DeployedApplication {

    @Test
    void previewThenSaveWithAReasonAndTheCacheFollows() {
        PublishedProgram p = PublishedProgram.create("Edits");
        p.publish("planted");
        p.document("planted");
        p.document("planted"); // the second read comes from the cache when Redis is on
        LocalDate date = openDay(p, "R1", LocalDate.now().plusDays(PublishedProgram.FREEZE_DAYS + 3));
        String edit = session("R1", date, "AM", "A", null);
        String edits = p.schedule("planted") + "/edits";

        HttpResponse<String> preview = api.post(edits + "?preview=true", edit);
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject result = Api.json(preview.body()).asJsonObject();
        assertFalse(result.getBoolean("applied"));
        assertTrue(result.getBoolean("needsReason"));
        assertEquals(0, result.getJsonArray("frozenDays").size(), "outside the freeze horizon");
        assertTrue(hasViolation(result.getJsonArray("introduced"), "absence", "R1", date), result.toString());
        JsonObject change = result.getJsonArray("changes").getJsonObject(0);
        assertEquals("A", change.getString("after"));
        assertEquals(p.planted, p.document("planted"), "a preview saves nothing");

        HttpResponse<String> refused = api.post(edits, edit);
        assertEquals(409, refused.statusCode(), refused.body());
        JsonObject problem = Api.json(refused.body()).asJsonObject();
        assertEquals("/problems/override-required", problem.getString("type"));
        assertTrue(hasViolation(problem.getJsonArray("violations"), "absence", "R1", date), problem.toString());
        assertEquals(p.planted, p.document("planted"), "refused: nothing saved");

        var coordinator = Accounts.create("coordinator");
        HttpResponse<String> saved = coordinator.api().post(edits, session("R1", date, "AM", "A", "jury duty, letter on file"));
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject applied = Api.json(saved.body()).asJsonObject();
        assertTrue(applied.getBoolean("applied"));
        assertFalse(applied.isNull("overrideId"));
        assertEquals("A", p.document("planted").getJsonObject("days").getJsonArray("R1").getString(p.day(date)).substring(0, 1),
                "the cached document was evicted");
        assertTrue(hasViolation(Api.json(api.get(p.schedule("planted") + "/violations").body()).asJsonObject()
                .getJsonArray("violations"), "absence", "R1", date));

        JsonObject override = Api.json(api.get(p.schedule("planted") + "/overrides").body()).asJsonArray().getJsonObject(0);
        assertEquals("EDIT", override.getString("kind"));
        assertEquals(coordinator.username(), override.getString("actor"));
        assertEquals("jury duty, letter on file", override.getString("reason"));
        assertFalse(override.getBoolean("frozen"));
        assertTrue(hasViolation(override.getJsonArray("violations"), "absence", "R1", date));
        assertTrue(override.getString("what").contains("R1 " + date + " AM"), override.toString());
    }

    @Test
    void editsInsideTheFreezeHorizonNeedAReasonEvenForCallNights() {
        PublishedProgram p = PublishedProgram.create("Freeze");
        p.publish("planted");
        int night = PublishedProgram.nightWithCall(p.planted, p.day(LocalDate.now().plusDays(1)));
        LocalDate date = p.date(night);
        String uncover = "{\"kind\":\"CALL\",\"date\":\"" + date + "\",\"resident\":null}";
        String edits = p.schedule("planted") + "/edits";

        JsonObject preview = Api.json(api.post(edits + "?preview=true", uncover).body()).asJsonObject();
        assertEquals(date.toString(), preview.getJsonArray("frozenDays").getString(0), preview.toString());
        assertTrue(hasViolation(preview.getJsonArray("introduced"), "call-coverage", null, date), preview.toString());

        HttpResponse<String> refused = api.post(edits, uncover);
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals(date.toString(), Api.json(refused.body()).asJsonObject().getJsonArray("frozenDays").getString(0));
        assertEquals(p.planted, p.document("planted"));

        String withReason = "{\"kind\":\"CALL\",\"date\":\"" + date + "\",\"resident\":null,\"reason\":\"resident sent home sick\"}";
        assertEquals(200, api.post(edits, withReason).statusCode());
        assertTrue(p.document("planted").getJsonArray("call").isNull(night));
        JsonObject override = Api.json(api.get(p.schedule("planted") + "/overrides").body()).asJsonArray().getJsonObject(0);
        assertTrue(override.getBoolean("frozen"));

        // A draft has no freeze horizon: the same night in a draft reports no frozen day.
        assertEquals(201, api.put(p.schedule("draft"), p.planted.toString()).statusCode());
        JsonObject draft = Api.json(api.post(p.schedule("draft") + "/edits?preview=true", uncover).body()).asJsonObject();
        assertEquals(0, draft.getJsonArray("frozenDays").size(), draft.toString());
    }

    @Test
    void badEditsAreRefusedAndChangeNothing() {
        PublishedProgram p = PublishedProgram.create("Bad edits");
        p.publish("planted");
        String edits = p.schedule("planted") + "/edits";
        LocalDate date = LocalDate.now().plusDays(12);
        assertField(api.post(edits, session("R99", date, "AM", "O", "x")), 422, "person");
        assertField(api.post(edits, session("R1", p.start.minusDays(1), "AM", "O", "x")), 422, "date");
        assertField(api.post(edits, session("R1", p.start.plusDays(56), "AM", "O", "x")), 422, "date");
        assertField(api.post(edits, session("R1", date, "AM", "P", "x")), 422, "code");
        assertField(api.post(edits, session("F1", date, "PM", "R", "x")), 422, "code");
        assertField(api.post(edits, session("R1", date, "NOON", "O", "x")), 422, "session");
        assertField(api.post(edits, "{\"kind\":\"SHIFT\",\"date\":\"" + date + "\"}"), 422, "kind");
        assertField(api.post(edits, "{\"kind\":\"CALL\",\"date\":\"" + date + "\",\"resident\":\"F1\"}"), 422, "resident");
        assertField(api.post(edits, "{\"kind\":\"CALL\",\"date\":\"tomorrow\"}"), 422, "date");
        assertEquals(400, api.post(edits, "{\"kind\":").statusCode());
        assertEquals(404, api.post(p.schedule("absent") + "/edits", session("R1", date, "AM", "O", "x")).statusCode());
        Api resident = Accounts.create("resident", p.id, "R1").api();
        assertEquals(403, resident.post(edits, session("R1", date, "AM", "O", "x")).statusCode());
        assertEquals(p.planted, p.document("planted"), "nothing changed");

        // An archived schedule is history.
        assertEquals(201, api.put(p.schedule("next"), p.planted.toString()).statusCode());
        p.publish("next");
        HttpResponse<String> archived = api.post(edits, session("R1", date, "AM", "O", "x"));
        assertEquals(409, archived.statusCode(), archived.body());
        assertEquals(p.planted, p.document("planted"));
        assertEquals(0, Api.json(api.get(p.schedule("planted") + "/overrides").body()).asJsonArray().size());
    }

    /** The first date from {@code from} on which the person's AM is not already A (so A there is new). */
    private static LocalDate openDay(PublishedProgram p, String person, LocalDate from) {
        JsonArray days = p.planted.getJsonObject("days").getJsonArray(person);
        for (int d = p.day(from); d < days.size(); d++) {
            if (!days.getString(d).startsWith("A")) {
                return p.date(d);
            }
        }
        throw new IllegalStateException("no open day for " + person);
    }

    static String session(String person, LocalDate date, String session, String code, String reason) {
        var body = Json.createObjectBuilder().add("kind", "SESSION").add("person", person).add("date", date.toString())
                .add("session", session).add("code", code);
        if (reason != null) {
            body.add("reason", reason);
        }
        return body.build().toString();
    }

    static boolean hasViolation(JsonArray violations, String rule, String person, LocalDate date) {
        return violations.stream().map(JsonValue::asJsonObject).anyMatch(v -> v.getString("rule").equals(rule)
                && (person == null || person.equals(v.getString("personId", null)))
                && !LocalDate.parse(v.getString("firstDate")).isAfter(date)
                && !LocalDate.parse(v.getString("lastDate")).isBefore(date));
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Api.json(response.body()).asJsonObject().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("field").equals(field)), response.body());
    }
}
