package org.residency.scheduler.resilience.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.FormatJsonb;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.program.boundary.AbsenceService;
import org.residency.scheduler.resilience.analysis.ContingencyCase;
import org.residency.scheduler.resilience.entity.FallbackSchedule;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.control.ScheduleJson;
import org.residency.scheduler.schedule.entity.Schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Precomputed fallback schedules. Activating one, in one transaction, adds the covered absence to the
 * program and replaces the schedule it was computed from with it (a new version of that schedule); the
 * replaced document is kept on the fallback so a roll-back restores it and removes the absence.
 */
@Stateless
public class FallbackService {

    private static final String ABSENCE_KIND = "CONTINGENCY";

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ScheduleService schedules;
    @Inject
    ScheduleJson json;
    @Inject
    AbsenceService absences;

    public List<FallbackView> list(long programId) {
        return em.createQuery("SELECT f FROM FallbackSchedule f WHERE f.programId = :p ORDER BY f.createdAt DESC, f.id DESC",
                FallbackSchedule.class).setParameter("p", programId).setMaxResults(20)
                .getResultStream().map(FallbackService::view).toList();
    }

    /** Stores the repaired schedules of the given cases; earlier READY fallbacks of the program are dropped. */
    public void replaceReady(long programId, Long analysisId, Schedule source, LocalDate from, LocalDate to,
                             List<ContingencyCase> cases) {
        em.createQuery("DELETE FROM FallbackSchedule f WHERE f.programId = :p AND f.state = :s")
                .setParameter("p", programId).setParameter("s", FallbackSchedule.State.READY).executeUpdate();
        OffsetDateTime now = now();
        for (ContingencyCase c : cases) {
            em.persist(new FallbackSchedule(programId, analysisId, source.getId(), c.people().get(0), from, to,
                    c.changes(), json.write(c.repaired()), now));
        }
    }

    public FallbackView activate(long programId, long fallbackId, String who) {
        FallbackSchedule f = locked(programId, fallbackId);
        if (f.getState() != FallbackSchedule.State.READY) {
            throw conflict("fallback " + fallbackId + " is " + f.getState() + "; only a READY fallback can be activated");
        }
        Schedule source = em.find(Schedule.class, f.getSourceScheduleId());
        String previous = schedules.json(programId, source.getKey());
        long absence = absences.add(programId, new ProgramDocument.Absence(f.getPerson(), f.getFrom().toString(),
                f.getTo().toString(), ABSENCE_KIND)).id();
        schedules.replace(programId, source.getKey(), read(f.getDocument()));
        f.activated(who, now(), previous, absence);
        return view(f);
    }

    public FallbackView rollBack(long programId, long fallbackId, String who) {
        FallbackSchedule f = locked(programId, fallbackId);
        if (f.getState() != FallbackSchedule.State.ACTIVE) {
            throw conflict("fallback " + fallbackId + " is " + f.getState() + "; only an ACTIVE fallback can be rolled back");
        }
        Schedule source = em.find(Schedule.class, f.getSourceScheduleId());
        absences.remove(programId, f.getAbsenceId());
        schedules.replace(programId, source.getKey(), read(f.getPreviousDocument()));
        f.rolledBack(who, now());
        return view(f);
    }

    /** Row-locked, so two activations of one fallback cannot both pass the state check. */
    private FallbackSchedule locked(long programId, long fallbackId) {
        FallbackSchedule f = em.find(FallbackSchedule.class, fallbackId, LockModeType.PESSIMISTIC_WRITE);
        if (f == null || f.getProgramId() != programId) {
            throw new ResourceNotFoundException("Program " + programId + " has no fallback schedule " + fallbackId + ".");
        }
        return f;
    }

    private static ScheduleDocument read(String text) {
        try (Jsonb jsonb = JsonbBuilder.create(FormatJsonb.config())) {
            return jsonb.fromJson(text, ScheduleDocument.class);
        } catch (Exception e) {
            throw new IllegalStateException("stored fallback document unreadable", e);
        }
    }

    private static ConflictException conflict(String message) {
        return new ConflictException(message, List.of(new FieldError("state", message)));
    }

    static FallbackView view(FallbackSchedule f) {
        return new FallbackView(f.getId(), f.getPerson(), f.getFrom(), f.getTo(), f.getChanges(), f.getState().name(),
                f.getCreatedAt(), f.getActivatedAt(), f.getActivatedBy(), f.getRolledBackAt(), f.getRolledBackBy());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
