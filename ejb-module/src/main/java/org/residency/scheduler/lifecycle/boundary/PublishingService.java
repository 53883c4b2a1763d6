package org.residency.scheduler.lifecycle.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.OverrideRequiredException;
import org.residency.scheduler.common.Text;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.lifecycle.control.Overrides;
import org.residency.scheduler.lifecycle.control.ScheduleCells;
import org.residency.scheduler.lifecycle.entity.ScheduleOverride;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.program.control.ProgramStore;
import org.residency.scheduler.program.entity.Program;
import org.residency.scheduler.rules.ScheduleValidator;
import org.residency.scheduler.rules.ValidationReport;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.boundary.ScheduleSummary;
import org.residency.scheduler.schedule.entity.Schedule;
import org.residency.scheduler.schedule.entity.ScheduleStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing: one schedule of a program is THE published one; publishing another archives it (kept,
 * publishable again). A schedule with hard violations is published only with a reason, recorded as an
 * override. Also what the publishing page compares: violations and cells changed against the published one.
 */
@Stateless
public class PublishingService {

    private final ScheduleValidator validator = new ScheduleValidator();

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ScheduleService schedules;
    @Inject
    ProgramService programs;
    @Inject
    ProgramStore programStore;
    @Inject
    Overrides overrides;

    public ScheduleSummary publish(long programId, String scheduleId, PublishRequest request, Actor actor) {
        // The program row lock puts the publishes of one program in a line; the partial unique index
        // (V7) would refuse a second published schedule anyway.
        Program program = programStore.load(programId);
        em.lock(program, LockModeType.PESSIMISTIC_WRITE);
        Schedule schedule = schedules.locked(programId, scheduleId);
        if (schedule.getStatus() == ScheduleStatus.PUBLISHED) {
            String message = "schedule " + scheduleId + " is already the published schedule";
            throw new ConflictException(message, List.of(new FieldError("status", message)));
        }
        String reason = request == null ? null : Text.blankToNull(request.reason());
        ValidationReport report = validator.validate(programs.export(programId), schedules.document(programId, scheduleId));
        if (!report.ok() && reason == null) {
            throw new OverrideRequiredException("schedule " + scheduleId + " breaks " + report.violations().size()
                    + " hard rule(s): publishing it needs a reason", report.violations(), List.of());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        schedules.published(programId).ifPresent(previous -> {
            previous.archive();
            em.flush(); // before the new one is marked, or the partial unique index sees two
        });
        schedule.publish(actor.username(), now, report.ok() ? null : reason);
        if (!report.ok()) {
            overrides.record(schedule, ScheduleOverride.Kind.PUBLISH, "publish " + scheduleId, actor.username(), now,
                    reason, false, report.violations());
        }
        em.flush();
        return ScheduleSummary.of(schedule);
    }

    /** Every schedule of the program, newest first, with its violations and its difference from the published one. */
    public List<DraftView> overview(long programId) {
        ProgramDocument program = programs.export(programId);
        Optional<Schedule> published = schedules.published(programId);
        ScheduleDocument publishedDocument = published.map(p -> schedules.document(programId, p.getKey())).orElse(null);
        List<ScheduleSummary> all = new java.util.ArrayList<>(schedules.list(programId));
        java.util.Collections.reverse(all);
        return all.stream().map(s -> view(program, s, published.orElse(null), publishedDocument,
                schedules.document(programId, s.id()))).toList();
    }

    public DraftView comparison(long programId, String scheduleId) {
        Schedule schedule = schedules.entity(programId, scheduleId);
        Optional<Schedule> published = schedules.published(programId);
        return view(programs.export(programId), ScheduleSummary.of(schedule), published.orElse(null),
                published.map(p -> schedules.document(programId, p.getKey())).orElse(null),
                schedules.document(programId, scheduleId));
    }

    public List<OverrideView> overrides(long programId, String scheduleId) {
        Schedule schedule = schedules.entity(programId, scheduleId);
        return overrides.of(schedule).stream().map(OverrideView::of).toList();
    }

    private DraftView view(ProgramDocument program, ScheduleSummary summary, Schedule published,
                           ScheduleDocument publishedDocument, ScheduleDocument document) {
        ValidationReport report = validator.validate(program, document);
        Map<String, Integer> byRule = new LinkedHashMap<>();
        report.counts().forEach((rule, n) -> {
            if (n > 0) {
                byRule.put(rule, n);
            }
        });
        Integer changed = publishedDocument == null ? null : ScheduleCells.changedCells(publishedDocument, document);
        return new DraftView(summary, report.violations().size(), byRule, published == null ? null : published.getKey(),
                changed);
    }
}
