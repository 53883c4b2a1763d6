package org.residency.scheduler.lifecycle.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.residency.scheduler.common.OverrideRequiredException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.lifecycle.entity.ScheduleOverride;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.program.control.ProgramMapper;
import org.residency.scheduler.program.control.ProgramStore;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.program.entity.Program;
import org.residency.scheduler.rules.ScheduleValidator;
import org.residency.scheduler.rules.ValidationReport;
import org.residency.scheduler.schedule.boundary.CacheEviction;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.control.ScheduleRows;
import org.residency.scheduler.schedule.entity.Schedule;
import org.residency.scheduler.schedule.entity.ScheduleStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The one way cells of a stored schedule change (edits, swaps, their roll-back): judged by the validator
 * and the freeze horizon first, refused without a reason when either objects, then written in place, the
 * schedule's version bumped, the cache evicted, and an override recorded when a reason was needed.
 */
@Dependent
public class ScheduleChanges {

    private final ScheduleValidator validator = new ScheduleValidator();

    @Inject
    ScheduleService schedules;
    @Inject
    ProgramService programs;
    @Inject
    ProgramStore programStore;
    @Inject
    ScheduleRows rows;
    @Inject
    CacheEviction eviction;
    @Inject
    LifecycleSettings settings;
    @Inject
    Overrides overrides;

    /** The schedule's cells as stored now. */
    public ScheduleCells cells(Schedule schedule) {
        long programId = schedule.getProgram().getId();
        return new ScheduleCells(schedules.document(programId, schedule.getKey()), schedule.getProgram().getStart());
    }

    public Judgement judge(Schedule schedule, ScheduleCells cells, List<CellChange> changes) {
        ProgramDocument program = programs.export(schedule.getProgram().getId());
        ValidationReport before = validator.validate(program, cells.document());
        ValidationReport after = validator.validate(program, cells.with(changes));
        List<LocalDate> frozen = schedule.getStatus() == ScheduleStatus.PUBLISHED
                ? settings.horizon().frozenAmong(changes.stream().map(c -> c.cell().date()).toList()) : List.of();
        return new Judgement(changes, ViolationDiff.between(before.violations(), after.violations()), frozen,
                before.violations().size(), after.violations().size());
    }

    /**
     * Saves judged changes; 409 ({@link OverrideRequiredException}) when they need a reason and have none.
     * Returns the override's id, or null when none was needed.
     */
    public Long save(Schedule schedule, Judgement judgement, ScheduleOverride.Kind kind, String what, String actor,
                     String reason) {
        boolean override = judgement.needsReason();
        if (override && (reason == null || reason.isBlank())) {
            throw new OverrideRequiredException("a reason is required: " + judgement.whyReasonNeeded(),
                    judgement.diff().introduced(), judgement.frozenDays());
        }
        write(schedule, judgement.changes());
        if (!override) {
            return null;
        }
        return overrides.record(schedule, kind, what, actor, now(), reason.trim(), !judgement.frozenDays().isEmpty(),
                judgement.diff().introduced());
    }

    /** Writes changes without judging them: only for restoring cells a judged change wrote (a roll-back). */
    public void write(Schedule schedule, List<CellChange> changes) {
        Program program = programStore.load(schedule.getProgram().getId());
        Map<String, Person> people = ProgramMapper.people(program);
        for (CellChange c : changes) {
            int day = (int) java.time.temporal.ChronoUnit.DAYS.between(program.getStart(), c.cell().date());
            switch (c.cell().part()) {
                case CALL -> rows.setCall(schedule, day, c.after());
                case AM, PM -> rows.setSession(schedule, people.get(c.cell().person()), day,
                        c.cell().part() == Cell.Part.AM, c.after());
            }
        }
        schedule.changed(now());
        eviction.evict(program.getId(), schedule.getKey());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
