package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Swaps of the published schedule: a resident offers a call night, another accepts, a coordinator approves
 * (with a reason when the validator objects), and may roll it back within 24 hours unless the cells changed
 * since. Residents act only for themselves; wrong states are 409 and change nothing.
 */
class SwapsIT extends DeployedApplication {

    @Test
    void offeredAcceptedApprovedAndRolledBack() {
        PublishedProgram p = PublishedProgram.create("Swaps");
        p.publish("planted");
        Fixture f = new Fixture(p);

        HttpResponse<String> offered = f.offerer.post(p.base() + "/swaps", offer("CALL", f.date));
        assertEquals(201, offered.statusCode(), offered.body());
        JsonObject swap = Api.json(offered.body()).asJsonObject();
        assertEquals("OFFERED", swap.getString("state"));
        assertEquals(f.from, swap.getString("offeredBy"));
        String path = p.base() + "/swaps/" + swap.getInt("id");
        assertTrue(offered.headers().firstValue("Location").orElseThrow().endsWith(path));
        assertEquals(409, f.offerer.post(p.base() + "/swaps", offer("CALL", f.date)).statusCode(), "offered twice");

        assertEquals(422, f.offerer.post(path + "/accept", "{}").statusCode(), "not one's own offer");
        assertEquals(403, f.faculty.post(path + "/accept", "{}").statusCode());
        assertEquals(409, f.coordinator.post(path + "/approve", "{}").statusCode(), "nobody accepted yet");
        HttpResponse<String> accepted = f.accepter.post(path + "/accept", "{}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(f.to, Api.json(accepted.body()).asJsonObject().getString("acceptedBy"));
        assertEquals(403, f.accepter.post(path + "/approve", "{}").statusCode());

        HttpResponse<String> approved = f.coordinator.post(path + "/approve", "{}");
        if (approved.statusCode() == 409) {
            // The validator objects to this swap: the violations are named, nothing changed, still ACCEPTED.
            JsonObject problem = Api.json(approved.body()).asJsonObject();
            assertEquals("/problems/override-required", problem.getString("type"), problem.toString());
            assertTrue(problem.getJsonArray("violations").size() > 0 || problem.getJsonArray("frozenDays").size() > 0);
            assertEquals(p.planted, p.document("planted"));
            assertEquals("ACCEPTED", Api.json(api.get(path).body()).asJsonObject().getString("state"));
            approved = f.coordinator.post(path + "/approve", "{\"reason\":\"both residents agreed, chief informed\"}");
        }
        assertEquals(200, approved.statusCode(), approved.body());
        JsonObject done = Api.json(approved.body()).asJsonObject();
        assertEquals("APPROVED", done.getString("state"));
        assertTrue(done.getJsonArray("changes").size() >= 1);
        JsonObject after = p.document("planted");
        assertEquals(f.to, after.getJsonArray("call").getString(f.night), "the call moved in the published schedule");
        assertEquals(after, Api.json(f.accepter.get(p.schedule("planted")).body()), "residents see it");

        assertEquals(403, f.offerer.post(path + "/rollback", "{}").statusCode());
        HttpResponse<String> rolledBack = f.coordinator.post(path + "/rollback", "{}");
        assertEquals(200, rolledBack.statusCode(), rolledBack.body());
        assertEquals("ROLLED_BACK", Api.json(rolledBack.body()).asJsonObject().getString("state"));
        assertEquals(p.planted, p.document("planted"), "back as it was");
        assertEquals(409, f.coordinator.post(path + "/rollback", "{}").statusCode(), "only once");
    }

    @Test
    void noRollBackOnceTheCellsChangedSince() {
        PublishedProgram p = PublishedProgram.create("Swap changed");
        p.publish("planted");
        Fixture f = new Fixture(p);
        String path = f.approvedSwap();
        JsonObject approved = p.document("planted");

        // Someone edits the call night the swap moved.
        String edit = "{\"kind\":\"CALL\",\"date\":\"" + f.date + "\",\"resident\":\"" + f.from + "\",\"reason\":\"back to the original\"}";
        HttpResponse<String> edited = api.post(p.schedule("planted") + "/edits", edit);
        assertEquals(200, edited.statusCode(), edited.body());
        JsonObject afterEdit = p.document("planted");
        assertNotEquals(approved, afterEdit);

        HttpResponse<String> refused = f.coordinator.post(path + "/rollback", "{}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(Api.json(refused.body()).asJsonObject().getString("detail").contains("changed since"), refused.body());
        assertEquals(afterEdit, p.document("planted"), "the refused roll-back changed nothing");
        assertEquals("APPROVED", Api.json(api.get(path).body()).asJsonObject().getString("state"));
    }

    @Test
    void residentsActOnlyForThemselvesAndClosedSwapsStayClosed() {
        PublishedProgram p = PublishedProgram.create("Swap rules");
        p.publish("planted");
        Fixture f = new Fixture(p);

        HttpResponse<String> forAnother = f.accepter.post(p.base() + "/swaps",
                "{\"kind\":\"CALL\",\"date\":\"" + f.date + "\",\"person\":\"" + f.from + "\"}");
        assertEquals(403, forAnother.statusCode(), forAnother.body());
        assertEquals(409, f.accepter.post(p.base() + "/swaps", offer("CALL", f.date)).statusCode(), "not their call night");
        assertEquals(422, f.offerer.post(p.base() + "/swaps", offer("SHIFT", f.date)).statusCode());
        assertEquals(422, f.offerer.post(p.base() + "/swaps", offer("DAY", p.start.plusDays(99))).statusCode());
        assertEquals(422, f.offerer.post(p.base() + "/swaps", offer("DAY", LocalDate.now().minusDays(1))).statusCode(), "past");
        assertEquals(422, f.offerer.post(p.base() + "/swaps", "{\"kind\":\"DAY\"}").statusCode());
        assertEquals(400, f.offerer.post(p.base() + "/swaps", "{\"kind\":").statusCode());
        assertEquals(403, f.faculty.post(p.base() + "/swaps", offer("DAY", f.date)).statusCode());
        assertEquals(422, f.coordinator.post(p.base() + "/swaps", offer("DAY", f.date)).statusCode(), "staff must name the resident");

        String dayPath = location(f.offerer.post(p.base() + "/swaps", offer("DAY", f.date)));
        assertEquals(403, f.accepter.post(dayPath + "/cancel", "{}").statusCode(), "only the offerer cancels");
        assertEquals(200, f.offerer.post(dayPath + "/cancel", "{}").statusCode());
        assertEquals(409, f.accepter.post(dayPath + "/accept", "{}").statusCode(), "cancelled");

        String callPath = location(f.offerer.post(p.base() + "/swaps", offer("CALL", f.date)));
        assertEquals(200, f.accepter.post(callPath + "/accept", "{}").statusCode());
        HttpResponse<String> rejected = f.coordinator.post(callPath + "/reject", "{\"reason\":\"exam week\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("exam week", Api.json(rejected.body()).asJsonObject().getString("reason"));
        assertEquals(409, f.coordinator.post(callPath + "/approve", "{\"reason\":\"x\"}").statusCode());
        assertEquals(404, api.get(p.base() + "/swaps/987654321").statusCode());
        assertEquals(p.planted, p.document("planted"), "nothing was applied");
        assertEquals(2, Api.json(f.faculty.get(p.base() + "/swaps").body()).asJsonArray().size(), "everybody reads swaps");
    }

    @Test
    void withoutAPublishedScheduleThereIsNothingToSwap() {
        PublishedProgram p = PublishedProgram.create("Swap unpublished");
        Api resident = Accounts.create("resident", p.id, "R1").api();
        HttpResponse<String> refused = resident.post(p.base() + "/swaps", offer("DAY", LocalDate.now().plusDays(10)));
        assertEquals(409, refused.statusCode(), refused.body());
    }

    private static String offer(String kind, LocalDate date) {
        return "{\"kind\":\"" + kind + "\",\"date\":\"" + date + "\"}";
    }

    private static String location(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    }

    /** A call night past the freeze horizon, its resident (offerer), another resident (accepter), and accounts. */
    private static final class Fixture {
        final PublishedProgram p;
        final int night;
        final LocalDate date;
        final String from;
        final String to;
        final Api offerer;
        final Api accepter;
        final Api faculty;
        final Api coordinator;

        Fixture(PublishedProgram p) {
            this.p = p;
            night = PublishedProgram.nightWithCall(p.planted, p.day(LocalDate.now().plusDays(PublishedProgram.FREEZE_DAYS + 2)));
            date = p.date(night);
            from = p.planted.getJsonArray("call").getString(night);
            to = p.residents().stream().filter(r -> !r.equals(from)).findFirst().orElseThrow();
            offerer = Accounts.create("resident", p.id, from).api();
            accepter = Accounts.create("resident", p.id, to).api();
            faculty = Accounts.create("faculty", p.id, "F1").api();
            coordinator = Accounts.create("coordinator").api();
        }

        /** Offered, accepted and approved (with a reason, which the approval keeps even when not needed). */
        String approvedSwap() {
            String path = location(offerer.post(p.base() + "/swaps", offer("CALL", date)));
            assertEquals(200, accepter.post(path + "/accept", "{}").statusCode());
            HttpResponse<String> approved = coordinator.post(path + "/approve", "{\"reason\":\"agreed by both\"}");
            assertEquals(200, approved.statusCode(), approved.body());
            return path;
        }
    }
}
