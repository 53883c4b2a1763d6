package org.residency.scheduler.lifecycle.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.lifecycle.control.Cell;
import org.residency.scheduler.lifecycle.control.CellChange;
import org.residency.scheduler.lifecycle.control.Judgement;
import org.residency.scheduler.lifecycle.control.ScheduleCells;
import org.residency.scheduler.lifecycle.control.ScheduleChanges;
import org.residency.scheduler.lifecycle.entity.ScheduleOverride;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.entity.Schedule;
import org.residency.scheduler.schedule.entity.ScheduleStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * Edits of one cell of a draft or the published schedule: previewed (what it would break, nothing saved)
 * or applied (refused without a reason when it breaks a hard rule or touches frozen days). Archived
 * schedules are history and do not change.
 */
@Stateless
public class EditService {

    @Inject
    ScheduleService schedules;
    @Inject
    ScheduleChanges changes;

    public EditResult preview(long programId, String scheduleId, EditRequest request) {
        Schedule schedule = editable(schedules.entity(programId, scheduleId));
        ScheduleCells cells = changes.cells(schedule);
        Judgement judgement = changes.judge(schedule, cells, List.of(change(cells, request)));
        return EditResult.of(false, scheduleId, judgement, null);
    }

    public EditResult apply(long programId, String scheduleId, EditRequest request, Actor actor) {
        Schedule schedule = editable(schedules.locked(programId, scheduleId));
        ScheduleCells cells = changes.cells(schedule);
        CellChange change = change(cells, request);
        Judgement judgement = changes.judge(schedule, cells, List.of(change));
        Long overrideId = changes.save(schedule, judgement, ScheduleOverride.Kind.EDIT, "edit " + change,
                actor.username(), request.reason());
        return EditResult.of(true, scheduleId, judgement, overrideId);
    }

    private static Schedule editable(Schedule schedule) {
        if (schedule.getStatus() == ScheduleStatus.ARCHIVED) {
            String message = "schedule " + schedule.getKey() + " is archived: publish it again or edit a draft";
            throw new ConflictException(message, List.of(new FieldError("status", message)));
        }
        return schedule;
    }

    /** The requested change, checked against the schedule (person, date in the year, code for the role). */
    static CellChange change(ScheduleCells cells, EditRequest request) {
        if (request == null) {
            throw invalid("", "expected a JSON object: {kind: SESSION|CALL, date, ...}");
        }
        LocalDate date = Dates.parse("date", request.date());
        cells.dayIndex(date, "date");
        if ("CALL".equals(request.kind())) {
            if (request.person() != null || request.session() != null || request.code() != null) {
                throw invalid("kind", "a CALL edit names only date and resident (null: nobody on call)");
            }
            return cells.change(Cell.call(date), request.resident());
        }
        if (!"SESSION".equals(request.kind())) {
            throw invalid("kind", "SESSION or CALL, not " + request.kind());
        }
        if (request.resident() != null) {
            throw invalid("resident", "a SESSION edit names person, session and code");
        }
        if (request.person() == null || !cells.hasPerson(request.person())) {
            throw invalid("person", "no person " + request.person() + " in this schedule");
        }
        Cell cell = switch (request.session() == null ? "" : request.session()) {
            case "AM" -> Cell.am(request.person(), date);
            case "PM" -> Cell.pm(request.person(), date);
            default -> throw invalid("session", "AM or PM, not " + request.session());
        };
        return cells.change(cell, request.code());
    }

    private static InvalidDocumentException invalid(String field, String message) {
        return new InvalidDocumentException(List.of(new FieldError(field, message)));
    }
}
