package org.residency.scheduler.persistence;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.jobs.boundary.JobService;
import org.residency.scheduler.jobs.control.JobMessage;
import org.residency.scheduler.jobs.control.JobOutcome;
import org.residency.scheduler.jobs.control.RunningJobs;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.jobs.entity.JobState;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.residency.scheduler.persistence.Database.inject;

/** Solver jobs through the job service on PostgreSQL (with the V4 columns and index): submit, cancel, finish. */
class JobPersistenceTest {

    private static Database db;
    private final List<JobMessage> sent = new ArrayList<>();
    private final RunningJobs running = new RunningJobs();

    @BeforeAll
    static void start() throws Exception {
        db = Database.start();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void oneSolverJobPerProgramAtATime() {
        long first = call(s -> s.submit(JobKind.GENERATE_SCHEDULE, 101L, null, "{}")).getId();
        assertEquals(List.of(new JobMessage(first, JobKind.GENERATE_SCHEDULE)), sent);
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> call(s -> s.submit(JobKind.REPAIR_SCHEDULE, 101L, "s1", "{}")));
        assertTrue(conflict.getMessage().contains("job " + first), conflict.getMessage());
        call(s -> s.submit(JobKind.GENERATE_SCHEDULE, 102L, null, "{}"));
        call(s -> s.submit(JobKind.VALIDATE_SCHEDULE, 101L, "s1", null));

        assertEquals(JobState.CANCELLED, call(s -> s.cancel(first)).getState());
        call(s -> s.submit(JobKind.GENERATE_SCHEDULE, 101L, null, "{}"));
    }

    @Test
    void theDatabaseSettlesARaceForTheProgram() {
        call(s -> s.submit(JobKind.GENERATE_SCHEDULE, 201L, null, "{}"));
        assertThrows(PersistenceException.class, () -> db.transaction(em -> {
            em.persist(new Job(JobKind.REPAIR_SCHEDULE, 201L, "s1", "{}"));
            em.flush();
            return null;
        }));
    }

    @Test
    void aQueuedJobIsCancelledAndNeverStarts() {
        long id = call(s -> s.submit(JobKind.GENERATE_SCHEDULE, 301L, null, "{}")).getId();
        Job cancelled = call(s -> s.cancel(id));
        assertEquals(JobState.CANCELLED, cancelled.getState());
        assertEquals("cancelled before it started", cancelled.getError());
        assertTrue(call(s -> s.start(id)).isEmpty(), "its message is skipped");
        assertThrows(ConflictException.class, () -> call(s -> s.cancel(id)), "a finished job cannot be cancelled");
        assertThrows(ResourceNotFoundException.class, () -> call(s -> s.cancel(987_654L)));
    }

    @Test
    void aRunningSolveIsAskedToStopAndKeepsWhatItFound() {
        long id = call(s -> s.submit(JobKind.GENERATE_SCHEDULE, 401L, null, "{}")).getId();
        call(s -> s.start(id));
        AtomicBoolean stopped = new AtomicBoolean();
        running.register(id, () -> stopped.set(true));
        assertEquals(false, call(s -> s.cancelRequested(id)));

        Job asked = call(s -> s.cancel(id));
        assertEquals(JobState.RUNNING, asked.getState(), "it ends by itself once the engine returns");
        assertEquals(true, call(s -> s.cancelRequested(id)), "stored for a run that registers later");
        assertEquals(true, call(s -> s.interrupt(id)));
        assertTrue(stopped.get());

        call(s -> { s.report(id, 40, "call nights", 12L, 1500); return null; });
        call(s -> { s.succeed(id, JobOutcome.cancelled("kept the best", "{\"outcome\":\"SOLVED\"}",
                "/api/programs/401/schedules/x", "x")); return null; });
        call(s -> { s.report(id, 10, "a late tick", null, 9000); return null; });
        Job done = call(s -> s.find(id)).orElseThrow();
        assertEquals(JobState.CANCELLED, done.getState());
        assertEquals("x", done.getProducedSchedule());
        assertEquals("/api/programs/401/schedules/x", done.getResultLink());
        assertEquals("call nights", done.getStage());
        assertEquals(12L, done.getBestObjective());
        assertEquals(40, done.getProgress());
    }

    @Test
    void aRunningValidationCannotBeInterrupted() {
        long id = call(s -> s.submit(JobKind.VALIDATE_SCHEDULE, 501L, "s1", null)).getId();
        call(s -> s.start(id));
        assertThrows(ConflictException.class, () -> call(s -> s.cancel(id)));
    }

    private <T> T call(Function<JobService, T> work) {
        return db.transaction(em -> {
            JobService service = inject(inject(new JobService(), "em", em), "running", running);
            return work.apply(inject(service, "queue", (org.residency.scheduler.jobs.control.JobQueue) sent::add));
        });
    }
}
