package org.residency.scheduler.ui.lifecycle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.lifecycle.boundary.EditRequest;
import org.residency.scheduler.lifecycle.boundary.EditResult;
import org.residency.scheduler.lifecycle.boundary.EditService;
import org.residency.scheduler.rules.Violation;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.ui.CurrentProgram;
import org.residency.scheduler.ui.CurrentSchedule;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code edit.xhtml} (coordinators, admins): change one cell or call night of a schedule (the schedule of
 * record, {@link CurrentSchedule}, unless {@code ?schedule=} names another; the grid's cells link here with
 * {@code schedule, person, date, session} or {@code kind=CALL, date}). Preview shows what the change breaks;
 * saving a change that breaks a hard rule or a frozen day of the published schedule needs a reason,
 * recorded as an override.
 */
@Named
@RequestScoped
public class EditBacking {

    @Inject
    EditService edits;
    @Inject
    ScheduleService schedules;
    @Inject
    CurrentProgram program;
    @Inject
    CurrentSchedule currentSchedule;
    @Inject
    PageActions actions;

    private String schedule;
    private String kind = "SESSION";
    private String person;
    private String date;
    private String session = "AM";
    private String code;
    private String resident;
    private String reason;
    private EditResult result;
    private ScheduleDocument document;

    /** The schedule edited: the named one, else the schedule of record (a draft while nothing is published); null when there is none. */
    public String getSchedule() {
        if (schedule == null) {
            // On a postback the lists are validated before the hidden field reaches this bean: read it directly.
            var parameters = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap();
            setSchedule(parameters.getOrDefault("edit:schedule", parameters.get("schedule")));
        }
        if (schedule == null) {
            schedule = currentSchedule.getKey();
        }
        return schedule;
    }

    public String getStatus() {
        try {
            return getSchedule() == null ? null : schedules.entity(program.getId(), getSchedule()).getStatus().name();
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    /** The people of the schedule (residents first), for the person list. */
    public List<String> getPeople() {
        return document() == null ? List.of() : new ArrayList<>(document().days().keySet());
    }

    public List<String> getResidents() {
        return document() == null ? List.of() : new ArrayList<>(document().blocks().keySet());
    }

    /** The cell's current value, so the form shows what is there before the change. */
    public String getCurrent() {
        if (document() == null || date == null || date.isBlank()) {
            return null;
        }
        try {
            var cells = new org.residency.scheduler.lifecycle.control.ScheduleCells(document(),
                    java.time.LocalDate.parse(program.getSummary().start()));
            if ("CALL".equals(kind)) {
                String on = cells.value(org.residency.scheduler.lifecycle.control.Cell.call(java.time.LocalDate.parse(date)));
                return on == null ? "nobody on call" : on + " on call";
            }
            if (person == null || !cells.hasPerson(person)) {
                return null;
            }
            var cell = "PM".equals(session) ? org.residency.scheduler.lifecycle.control.Cell.pm(person, java.time.LocalDate.parse(date))
                    : org.residency.scheduler.lifecycle.control.Cell.am(person, java.time.LocalDate.parse(date));
            return person + " " + session + " is " + cells.value(cell);
        } catch (RuntimeException outside) {
            return null;
        }
    }

    public String preview() {
        result = actions.runQuietly(() -> edits.preview(program.getId(), getSchedule(), request()));
        return null;
    }

    public String save() {
        EditResult saved = actions.run("edit", "edit schedule " + getSchedule() + " of program " + program.getId() + ": "
                + describe() + (reason == null || reason.isBlank() ? "" : ", reason: " + reason),
                () -> edits.apply(program.getId(), getSchedule(), request(), actions.actor()));
        if (saved != null) {
            result = saved;
            actions.info("Saved: " + describe() + (saved.overrideId() == null ? "." : " (override recorded)."));
            reason = null;
        } else {
            // Refused: show what the change would do, so the reason can be typed against it.
            result = actions.runQuietly(() -> edits.preview(program.getId(), getSchedule(), request()));
        }
        return null;
    }

    private EditRequest request() {
        return "CALL".equals(kind)
                ? new EditRequest("CALL", null, date, null, null, resident == null || resident.isBlank() ? null : resident, reason)
                : new EditRequest("SESSION", person, date, session, code, null, reason);
    }

    private String describe() {
        return "CALL".equals(kind) ? "call night " + date + " to " + (resident == null || resident.isBlank() ? "nobody" : resident)
                : person + " " + date + " " + session + " to " + code;
    }

    public String describe(Violation v) {
        return PageActions.describe(v);
    }

    private ScheduleDocument document() {
        if (document == null && getSchedule() != null) {
            try {
                document = schedules.document(program.getId(), getSchedule());
            } catch (ResourceNotFoundException | ConflictException | InvalidDocumentException e) {
                return null;
            }
        }
        return document;
    }

    public EditResult getResult() { return result; }
    public void setSchedule(String schedule) { this.schedule = schedule == null || schedule.isBlank() ? null : schedule; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getSession() { return session; }
    public void setSession(String session) { this.session = session; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getResident() { return resident; }
    public void setResident(String resident) { this.resident = resident; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
