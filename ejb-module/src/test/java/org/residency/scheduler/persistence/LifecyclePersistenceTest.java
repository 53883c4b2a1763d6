package org.residency.scheduler.persistence;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ForbiddenActionException;
import org.residency.scheduler.common.OverrideRequiredException;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.lifecycle.boundary.Actor;
import org.residency.scheduler.lifecycle.boundary.DecisionRequest;
import org.residency.scheduler.lifecycle.boundary.EditRequest;
import org.residency.scheduler.lifecycle.boundary.EditResult;
import org.residency.scheduler.lifecycle.boundary.OverrideView;
import org.residency.scheduler.lifecycle.boundary.PublishRequest;
import org.residency.scheduler.lifecycle.boundary.SwapRequest;
import org.residency.scheduler.lifecycle.boundary.SwapView;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.security.entity.Account;
import org.residency.scheduler.security.entity.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing, edits and swaps on PostgreSQL with the real migrations (V7): one published schedule per
 * program, refused changes roll back whole, saved ones are recorded and evicted from the cache.
 */
class LifecyclePersistenceTest extends GeneratedProgramFixture {

    private static final Actor COORDINATOR = new Actor("coordinator", true);

    @BeforeEach
    void twoDrafts() {
        call(s -> s.schedules().put(programId, "a", Fixtures.schedule(SCHEDULE)));
        call(s -> s.schedules().put(programId, "b", Fixtures.schedule(SCHEDULE)));
    }

    @Test
    void publishingArchivesThePreviousOneAndTheDatabaseKeepsOnlyOnePublished() {
        assertEquals("DRAFT", status("a"));
        assertEquals("PUBLISHED", call(s -> s.publishing().publish(programId, "a", null, COORDINATOR)).status());
        assertThrows(ConflictException.class, () -> call(s -> s.publishing().publish(programId, "a", null, COORDINATOR)));
        assertEquals("PUBLISHED", call(s -> s.publishing().publish(programId, "b", new PublishRequest(" "), COORDINATOR)).status());
        assertEquals("ARCHIVED", status("a"));
        assertEquals(List.of("b"), call(s -> s.schedules().list(programId, false)).stream().map(x -> x.id()).toList());
        assertThrows(PersistenceException.class, () -> db.transaction(em -> em.createNativeQuery(
                "UPDATE schedule SET status = 'PUBLISHED' WHERE schedule_key = 'a' AND program_id = " + programId).executeUpdate()));
        assertThrows(ConflictException.class, () -> call(s -> { s.schedules().delete(programId, "b"); return null; }));
        assertThrows(ConflictException.class, () -> call(s -> s.schedules().put(programId, "b", Fixtures.schedule(SCHEDULE))));
    }

    @Test
    void anEditThatBreaksARuleNeedsAReasonAndIsRecorded() {
        call(s -> s.publishing().publish(programId, "a", null, COORDINATOR));
        LocalDate date = LocalDate.now().plusDays(30);
        int day = (int) java.time.temporal.ChronoUnit.DAYS.between(START, date);
        String person = SCHEDULE.getJsonObject("days").keySet().stream()
                .filter(p -> !SCHEDULE.getJsonObject("days").getJsonArray(p).getString(day).startsWith("A")).findFirst().orElseThrow();
        EditRequest absent = new EditRequest("SESSION", person, date.toString(), "AM", "A", null, null);

        EditResult preview = call(s -> s.edits().preview(programId, "a", absent));
        assertTrue(preview.introduced().stream().anyMatch(v -> v.rule().equals("absence") && person.equals(v.personId())));
        assertTrue(preview.frozenDays().isEmpty());
        OverrideRequiredException refused = assertThrows(OverrideRequiredException.class,
                () -> call(s -> s.edits().apply(programId, "a", absent, COORDINATOR)));
        assertFalse(refused.violations().isEmpty());
        assertEquals(Fixtures.schedule(SCHEDULE), document("a"), "refused: nothing written");

        cache.evictions.clear();
        EditResult saved = call(s -> s.edits().apply(programId, "a", new EditRequest("SESSION", person, date.toString(),
                "AM", "A", null, "jury duty"), COORDINATOR));
        assertNotNull(saved.overrideId());
        assertEquals('A', document("a").days().get(person).get(day).charAt(0));
        assertTrue(cache.evictions.contains(programId + "/a"), "the cached document is evicted");
        List<OverrideView> overrides = call(s -> s.publishing().overrides(programId, "a"));
        assertEquals(1, overrides.size());
        assertEquals("EDIT", overrides.get(0).kind());
        assertEquals("jury duty", overrides.get(0).reason());
        assertEquals(preview.introduced(), overrides.get(0).violations());
    }

    @Test
    void frozenDaysOfThePublishedScheduleNeedAReasonButADraftHasNone() {
        call(s -> s.publishing().publish(programId, "a", null, COORDINATOR));
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        EditRequest uncover = new EditRequest("CALL", null, tomorrow.toString(), null, null, null, null);
        OverrideRequiredException refused = assertThrows(OverrideRequiredException.class,
                () -> call(s -> s.edits().apply(programId, "a", uncover, COORDINATOR)));
        assertEquals(List.of(tomorrow), refused.frozenDays());
        assertEquals(List.of(), call(s -> s.edits().preview(programId, "b", uncover)).frozenDays());
    }

    @Test
    void aSwapIsOfferedAcceptedApprovedAndRolledBack() {
        call(s -> s.publishing().publish(programId, "a", null, COORDINATOR));
        int night = (int) java.time.temporal.ChronoUnit.DAYS.between(START, LocalDate.now().plusDays(20));
        while (SCHEDULE.getJsonArray("call").isNull(night)) {
            night++;
        }
        int n = night;
        String from = SCHEDULE.getJsonArray("call").getString(n);
        String to = from.equals("R01") ? "R02" : "R01";
        Actor offerer = residentAccount(from);
        Actor accepter = residentAccount(to);
        String date = START.plusDays(n).toString();

        assertThrows(ForbiddenActionException.class, () -> call(s -> s.swaps().offer(programId,
                new SwapRequest("CALL", date, to, null), offerer)));
        SwapView offered = call(s -> s.swaps().offer(programId, new SwapRequest("CALL", date, null, "wedding"), offerer));
        assertEquals("OFFERED", offered.state());
        assertEquals(List.of("OFFERED"), pendingStates());
        assertEquals("ACCEPTED", call(s -> s.swaps().accept(programId, offered.id(), null, accepter)).state());
        assertEquals(List.of("ACCEPTED"), pendingStates(), "the dashboard's pending swaps");
        SwapView approved = call(s -> s.swaps().approve(programId, offered.id(), new DecisionRequest("agreed"), COORDINATOR));
        assertEquals("APPROVED", approved.state());
        assertEquals(List.of(), pendingStates(), "an approved swap is no longer pending");
        assertEquals(to, document("a").call().get(n));
        assertThrows(ConflictException.class, () -> call(s -> s.swaps().cancel(programId, offered.id(), offerer)));

        assertEquals("ROLLED_BACK", call(s -> s.swaps().rollBack(programId, offered.id(), COORDINATOR)).state());
        assertEquals(Fixtures.schedule(SCHEDULE), document("a"));
    }

    private Actor residentAccount(String personId) {
        String username = "r-" + UUID.randomUUID().toString().substring(0, 8);
        call(s -> {
            Person person = s.em().createQuery("SELECT p FROM Person p WHERE p.program.id = :p AND p.externalId = :e",
                    Person.class).setParameter("p", programId).setParameter("e", personId).getSingleResult();
            s.em().persist(new Account(username, "not a hash", Set.of(Role.RESIDENT), person));
            return null;
        });
        return new Actor(username, false);
    }

    private List<String> pendingStates() {
        return call(s -> s.swaps().pending(programId)).stream().map(SwapView::state).toList();
    }

    private String status(String scheduleId) {
        return call(s -> s.schedules().list(programId)).stream().filter(x -> x.id().equals(scheduleId)).findFirst()
                .orElseThrow().status();
    }

    private ScheduleDocument document(String scheduleId) {
        return call(s -> s.schedules().document(programId, scheduleId));
    }
}
