package org.residency.scheduler.resilience.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.program.boundary.ProgramService;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.residency.scheduler.resilience.analysis.AlertMessage;
import org.residency.scheduler.resilience.analysis.ContingencyCase;
import org.residency.scheduler.resilience.analysis.ContingencyCounts;
import org.residency.scheduler.resilience.analysis.ContingencyReport;
import org.residency.scheduler.resilience.analysis.DefenseLevel;
import org.residency.scheduler.resilience.analysis.LevelChange;
import org.residency.scheduler.resilience.analysis.ResilienceCheck;
import org.residency.scheduler.resilience.control.ResilienceMetrics;
import org.residency.scheduler.resilience.control.ResilienceSettings;
import org.residency.scheduler.resilience.entity.ContingencyRecord;
import org.residency.scheduler.resilience.entity.LevelChangeRecord;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.entity.Schedule;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A program's resilience: computed from a schedule (the one named, else the program's schedule of record,
 * {@link ScheduleService#ofRecord}) and the latest contingency analysis of that schedule's current version.
 */
@Stateless
public class ResilienceService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ProgramService programs;
    @Inject
    ScheduleService schedules;
    @Inject
    ResilienceSettings settings;
    @Inject
    ResilienceMetrics metrics;
    @Inject
    FallbackService fallbacks;
    @Inject
    AlertService alerts;

    /**
     * The view; reading it records nothing (the health check task records level changes).
     *
     * @param withDrafts whether the caller sees drafts (coordinators, admins): residents and faculty get the
     *                   published schedule only, a named draft is 404 for them
     */
    public ResilienceView view(long programId, String scheduleKey, LocalDate date, boolean withDrafts) {
        Schedule schedule = schedule(programId, scheduleKey, withDrafts);
        Optional<ContingencyRecord> contingency = latestAnalysis(schedule);
        ResilienceCheck check = check(programId, schedule, date, contingency);
        metrics.program(programId, check.assessment().level().number(), check.horizon().rate(),
                check.horizon().facultyAvailability(), check.hardViolations());
        return new ResilienceView(programId, schedule.getKey(), check.from(), check.to(), level(check),
                utilization(check), check.year(), levelChanges(programId),
                contingency.map(c -> contingencyView(c, schedule)).orElse(null), fallbacks.list(programId));
    }

    /** Checks the program now, updates its gauges and records a change of level. */
    public ResilienceCheck checkAndRecord(long programId, LocalDate date) {
        Schedule schedule = schedule(programId, null, true);
        ResilienceCheck check = check(programId, schedule, date, latestAnalysis(schedule));
        metrics.program(programId, check.assessment().level().number(), check.horizon().rate(),
                check.horizon().facultyAvailability(), check.hardViolations());
        DefenseLevel previous = lastLevel(programId);
        LevelChange.between(previous, check.assessment(), OffsetDateTime.now(ZoneOffset.UTC)).ifPresent(change -> {
            LevelChangeRecord record = new LevelChangeRecord(programId, change);
            em.persist(record);
            em.flush();
            AlertMessage.levelRose(programId, programs.export(programId).name(), record.getId(), change)
                    .ifPresent(alerts::raise);
        });
        return check;
    }

    /**
     * Stores an analysis with the schedule version it was computed for, replaces the program's READY
     * fallbacks with the costliest repairable N-1 cases, counts its findings and re-checks the level.
     */
    public long recordAnalysis(long programId, Schedule schedule, ContingencyReport report) {
        ContingencyCounts counts = report.counts();
        ContingencyRecord record = new ContingencyRecord(programId, schedule.getId(), schedule.getKey(),
                schedule.getUpdated(), OffsetDateTime.now(ZoneOffset.UTC), report.from(), report.to(),
                counts.criticalPeople(), counts.criticalPairs(), report.millis(), json(report.summary()));
        em.persist(record);
        em.flush();
        fallbacks.replaceReady(programId, record.getId(), schedule, report.from(), report.to(),
                report.single().stream().filter(c -> c.outcome() == ContingencyCase.Outcome.REPAIRED)
                        .limit(settings.fallbacks()).toList());
        metrics.contingencyFindings(programId, counts.criticalPeople() + counts.criticalPairs());
        AlertMessage.criticalPeople(programId, programs.export(programId).name(), schedule.getKey(),
                schedule.getUpdated().toString(), report.single().stream().filter(ContingencyCase::critical)
                        .map(c -> c.people().get(0)).toList()).ifPresent(alerts::raise);
        checkAndRecord(programId, report.from());
        return record.getId();
    }

    private static String json(ContingencyReport report) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(report);
        } catch (Exception e) {
            throw new IllegalStateException("could not write the contingency report", e);
        }
    }

    /** The check over {@code days} from {@code from} (the utilization forecast); records nothing. */
    public ResilienceCheck forecast(long programId, LocalDate from, int days) {
        Schedule schedule = schedule(programId, null, true);
        ProgramDocument program = programs.export(programId);
        ScheduleDocument document = schedules.document(programId, schedule.getKey());
        return ResilienceCheck.of(program, document, from, days, settings.thresholds(), ContingencyCounts.NONE);
    }

    /** Ids of the programs that have at least one schedule. */
    public List<Long> scheduledPrograms() {
        return em.createQuery("SELECT DISTINCT s.program.id FROM Schedule s", Long.class).getResultList();
    }

    /**
     * The schedule resilience works on: the named one, else the program's schedule of record. Background
     * tasks and coordinators pass {@code withDrafts} true (a draft while nothing is published).
     *
     * @throws ResourceNotFoundException unknown program, no such (visible) schedule, or no schedule of record
     */
    public Schedule schedule(long programId, String scheduleKey, boolean withDrafts) {
        return schedules.visibleOrOfRecord(programId, scheduleKey, withDrafts);
    }

    /** The latest analysis computed for this schedule's current version. */
    public Optional<ContingencyRecord> latestAnalysis(Schedule schedule) {
        return em.createQuery("SELECT c FROM ContingencyRecord c WHERE c.scheduleId = :s ORDER BY c.computedAt DESC, c.id DESC",
                        ContingencyRecord.class).setParameter("s", schedule.getId()).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private ResilienceCheck check(long programId, Schedule schedule, LocalDate date,
                                  Optional<ContingencyRecord> contingency) {
        ProgramDocument program = programs.export(programId);
        ScheduleDocument document = schedules.document(programId, schedule.getKey());
        ContingencyCounts counts = contingency.filter(c -> !stale(c, schedule))
                .map(c -> new ContingencyCounts(c.getCriticalPeople(), c.getCriticalPairs()))
                .orElse(ContingencyCounts.NONE);
        return ResilienceCheck.of(program, document, date, settings.horizonDays(), settings.thresholds(), counts);
    }

    private DefenseLevel lastLevel(long programId) {
        return em.createQuery("SELECT c FROM LevelChangeRecord c WHERE c.programId = :p ORDER BY c.changedAt DESC, c.id DESC",
                        LevelChangeRecord.class).setParameter("p", programId).setMaxResults(1)
                .getResultStream().findFirst().map(LevelChangeRecord::getTo).orElse(null);
    }

    private List<LevelChange> levelChanges(long programId) {
        return em.createQuery("SELECT c FROM LevelChangeRecord c WHERE c.programId = :p ORDER BY c.changedAt DESC, c.id DESC",
                        LevelChangeRecord.class).setParameter("p", programId).setMaxResults(50)
                .getResultStream().map(LevelChangeRecord::change).toList();
    }

    private static boolean stale(ContingencyRecord c, Schedule schedule) {
        return !c.getScheduleUpdatedAt().toInstant().equals(schedule.getUpdated().toInstant());
    }

    private static ResilienceView.Level level(ResilienceCheck check) {
        DefenseLevel level = check.assessment().level();
        return new ResilienceView.Level(level.number(), level.name(), level.response(), check.assessment().causes(),
                check.hardViolations());
    }

    private static ResilienceView.Utilization utilization(ResilienceCheck check) {
        var peak = check.horizon().peak();
        return new ResilienceView.Utilization(check.horizon().rate(), peak == null ? 0 : peak.rate(),
                peak == null ? null : peak.first(), check.horizon().facultyAvailability());
    }

    private static ResilienceView.Contingency contingencyView(ContingencyRecord c, Schedule schedule) {
        JsonValue report;
        try (var reader = Json.createReader(new StringReader(c.getReport()))) {
            report = reader.readValue();
        }
        return new ResilienceView.Contingency(c.getId(), c.getComputedAt(), c.getScheduleKey(), stale(c, schedule),
                c.getFrom(), c.getTo(), c.getCriticalPeople(), c.getCriticalPairs(), c.getMillis(), report);
    }
}
