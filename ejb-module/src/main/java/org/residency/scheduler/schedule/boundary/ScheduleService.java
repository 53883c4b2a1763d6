package org.residency.scheduler.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.cache.ScheduleCache;
import jakarta.persistence.LockModeType;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ScheduleChecks;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.program.control.ProgramExporter;
import org.residency.scheduler.program.control.ProgramStore;
import org.residency.scheduler.program.entity.Program;
import org.residency.scheduler.schedule.control.ScheduleJson;
import org.residency.scheduler.schedule.control.ScheduleRows;
import org.residency.scheduler.schedule.entity.RunKind;
import org.residency.scheduler.schedule.entity.Schedule;
import org.residency.scheduler.schedule.entity.ScheduleRun;
import org.residency.scheduler.schedule.entity.ScheduleStatus;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Schedules of a program, stored whole. A document is checked against its program before anything is
 * written; reads go through the cache and every write or delete evicts.
 */
@Stateless
public class ScheduleService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ProgramStore programs;
    @Inject
    ScheduleRows rows;
    @Inject
    ScheduleJson json;
    @Inject
    ScheduleCache cache;
    @Inject
    CacheEviction eviction;

    /**
     * Stores a document under a client-chosen id: a new draft, or a new version of a draft or archived
     * schedule. The published schedule is refused (409): it changes only through edits and swaps, which
     * check the rules and the freeze horizon.
     */
    public PutOutcome put(long programId, String scheduleId, ScheduleDocument document) {
        Program program = programs.load(programId);
        find(program, scheduleId).filter(s -> s.getStatus() == ScheduleStatus.PUBLISHED).ifPresent(s -> {
            throw new ConflictException("schedule " + scheduleId + " is published: change it through edits"
                    + " (POST .../edits) or store the new version under another id and publish that",
                    List.of(new FieldError("id", "published")));
        });
        return replace(programId, scheduleId, document);
    }

    /** Stores a document under a client-chosen id whatever its status (a fallback's activation and roll-back). */
    public PutOutcome replace(long programId, String scheduleId, ScheduleDocument document) {
        Program program = checked(programId, document);
        Optional<Schedule> existing = find(program, scheduleId);
        existing.ifPresent(rows::clear);
        Schedule schedule = existing.orElseGet(() -> new Schedule(program, scheduleId, now()));
        store(program, schedule, document, RunKind.IMPORT, "put " + scheduleId, "STORED");
        return existing.isPresent() ? PutOutcome.REPLACED : PutOutcome.CREATED;
    }

    /** Stores under a new generated id and returns it. */
    public String importSchedule(long programId, ScheduleDocument document) {
        Program program = checked(programId, document);
        String scheduleId = UUID.randomUUID().toString();
        store(program, new Schedule(program, scheduleId, now()), document, RunKind.IMPORT, "import", "STORED");
        return scheduleId;
    }

    /** Stores what a generation or repair produced under a new generated id, recording the run; returns the id. */
    public String storeRun(long programId, ScheduleDocument document, RunKind kind, String parameters, String outcome) {
        Program program = checked(programId, document);
        String scheduleId = UUID.randomUUID().toString();
        store(program, new Schedule(program, scheduleId, now()), document, kind, parameters, outcome);
        return scheduleId;
    }

    /** @throws ResourceNotFoundException when it does not exist, or is not published and drafts are hidden */
    public void requireVisible(long programId, String scheduleId, boolean withDrafts) {
        Schedule schedule = require(programs.load(programId), scheduleId);
        if (!withDrafts && schedule.getStatus() != ScheduleStatus.PUBLISHED) {
            throw new ResourceNotFoundException("no published schedule " + scheduleId + " in program " + programId);
        }
    }

    /** The stored entity; 404 when the program or the schedule does not exist. */
    public Schedule entity(long programId, String scheduleId) {
        return require(programs.load(programId), scheduleId);
    }

    /** The stored entity, row-locked until the transaction ends: changes of one schedule happen one at a time. */
    public Schedule locked(long programId, String scheduleId) {
        Schedule schedule = entity(programId, scheduleId);
        em.lock(schedule, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(schedule);
        return schedule;
    }

    /**
     * THE schedule of record of a program, the one every page, task and repair works on unless a schedule is
     * named (docs/lifecycle.md): the published one; while nothing is published, and only when
     * {@code withDrafts} (coordinators, admins, background tasks), the most recently updated draft.
     * Residents and faculty ({@code withDrafts} false) get nothing until a schedule is published.
     * Archived schedules are never the schedule of record (one exists only while another is published).
     *
     * @throws ResourceNotFoundException for an unknown program
     */
    public Optional<Schedule> ofRecord(long programId, boolean withDrafts) {
        Optional<Schedule> published = published(programId);
        if (published.isPresent() || !withDrafts) {
            return published;
        }
        return em.createQuery("SELECT s FROM Schedule s WHERE s.program = :p AND s.status = :st"
                        + " ORDER BY s.updated DESC, s.id DESC", Schedule.class)
                .setParameter("p", programs.load(programId)).setParameter("st", ScheduleStatus.DRAFT)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The named schedule as {@code withDrafts} may see it, or ({@code scheduleId} null) the schedule of record.
     *
     * @throws ResourceNotFoundException for an unknown program, a schedule that does not exist or is not
     *         visible, or no schedule of record
     */
    public Schedule visibleOrOfRecord(long programId, String scheduleId, boolean withDrafts) {
        if (scheduleId != null) {
            requireVisible(programId, scheduleId, withDrafts);
            return entity(programId, scheduleId);
        }
        return ofRecord(programId, withDrafts).orElseThrow(() -> new ResourceNotFoundException(withDrafts
                ? "Program " + programId + " has no schedule yet: store or generate one first."
                : "No schedule of program " + programId + " has been published yet."));
    }

    /** The published schedule only (publishing, swaps, calendar feeds); see {@link #ofRecord} for the one to show. */
    public Optional<Schedule> published(long programId) {
        return em.createQuery("SELECT s FROM Schedule s WHERE s.program = :p AND s.status = :st", Schedule.class)
                .setParameter("p", programs.load(programId)).setParameter("st", ScheduleStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    /** The stored document as JSON text, from the cache when it has it. */
    public String json(long programId, String scheduleId) {
        return new String(jsonBytes(programId, scheduleId), StandardCharsets.UTF_8);
    }

    /** The stored document as UTF-8 JSON, from the cache when it has it: what a read sends, byte for byte. */
    public byte[] jsonBytes(long programId, String scheduleId) {
        return cache.get(programId, scheduleId).orElseGet(() -> {
            byte[] text = json.write(document(programId, scheduleId)).getBytes(StandardCharsets.UTF_8);
            cache.put(programId, scheduleId, text);
            return text;
        });
    }

    public ScheduleDocument document(long programId, String scheduleId) {
        Program program = programs.load(programId);
        return rows.read(require(program, scheduleId), program);
    }

    /** @throws ResourceNotFoundException when the program or the schedule does not exist */
    public void requireExists(long programId, String scheduleId) {
        require(programs.load(programId), scheduleId);
    }

    public List<ScheduleSummary> list(long programId) {
        return list(programId, true);
    }

    /** Every schedule of the program, or ({@code withDrafts} false) only its published one. */
    public List<ScheduleSummary> list(long programId, boolean withDrafts) {
        return em.createQuery("SELECT s FROM Schedule s WHERE s.program = :p ORDER BY s.created, s.id", Schedule.class)
                .setParameter("p", programs.load(programId)).getResultStream()
                .filter(s -> withDrafts || s.getStatus() == ScheduleStatus.PUBLISHED).map(ScheduleSummary::of).toList();
    }

    /** Removes a draft or archived schedule; the published one stays until another is published (409). */
    public void delete(long programId, String scheduleId) {
        Schedule schedule = require(programs.load(programId), scheduleId);
        if (schedule.getStatus() == ScheduleStatus.PUBLISHED) {
            throw new ConflictException("schedule " + scheduleId + " is published: publish another one before"
                    + " deleting it", List.of(new FieldError("id", "published")));
        }
        rows.clear(schedule);
        em.remove(schedule);
        eviction.evict(programId, scheduleId);
    }

    private Program checked(long programId, ScheduleDocument document) {
        Program program = programs.load(programId);
        InvalidDocumentException.requireNone(ScheduleChecks.check(ProgramExporter.toDocument(program), document));
        return program;
    }

    private void store(Program program, Schedule schedule, ScheduleDocument document, RunKind kind,
                       String parameters, String outcome) {
        OffsetDateTime started = now();
        ScheduleRun run = new ScheduleRun(program, kind, started, parameters);
        run.finish(now(), outcome);
        em.persist(run);
        schedule.replacedBy(run, document.program(), started);
        em.persist(schedule);
        rows.write(schedule, program, document);
        // Inside the call, so a concurrent put of the same new id fails here as a PersistenceException
        // carrying the unique violation (mapped to 409), not later as a bare transaction rollback.
        em.flush();
        eviction.evict(program.getId(), schedule.getKey());
    }

    private Optional<Schedule> find(Program program, String scheduleId) {
        return em.createQuery("SELECT s FROM Schedule s WHERE s.program = :p AND s.key = :k", Schedule.class)
                .setParameter("p", program).setParameter("k", scheduleId).getResultStream().findFirst();
    }

    private Schedule require(Program program, String scheduleId) {
        return find(program, scheduleId).orElseThrow(() ->
                new ResourceNotFoundException("no schedule " + scheduleId + " in program " + program.getId()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
