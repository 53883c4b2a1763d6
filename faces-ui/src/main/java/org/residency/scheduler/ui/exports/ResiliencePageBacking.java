package org.residency.scheduler.ui.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.jobs.boundary.JobService;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.resilience.boundary.FallbackService;
import org.residency.scheduler.resilience.boundary.ResilienceService;
import org.residency.scheduler.resilience.boundary.ResilienceView;
import org.residency.scheduler.resilience.boundary.TaskRunService;
import org.residency.scheduler.resilience.entity.TaskRun;
import org.residency.scheduler.ui.CurrentProgram;
import org.residency.scheduler.ui.CurrentUser;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The resilience page ({@code resilience.xhtml}): the defense level with its causes and history, the
 * latest N-1 and N-2 tables as stored by the contingency analysis, the fallback schedules with
 * activation and roll-back (coordinators and admins), and the periodic tasks' recent runs. The same
 * services as {@code /api/programs/{id}/resilience} and {@code /api/tasks}.
 */
@Named
@RequestScoped
public class ResiliencePageBacking {

    /** One row of an N-1 or N-2 table. */
    public record CaseRow(String people, String outcome, int changes, boolean optimal, String reason) {
        public boolean isCritical() {
            return outcome.equals("INFEASIBLE");
        }
    }

    private static final int TASK_RUNS = 25;

    @Inject
    CurrentProgram program;
    @Inject
    CurrentUser user;
    @Inject
    ResilienceService resilience;
    @Inject
    FallbackService fallbacks;
    @Inject
    TaskRunService taskRuns;
    @Inject
    JobService jobs;

    private ResilienceView view;
    private boolean looked;

    public ResilienceView getView() {
        if (!looked && program.getId() != null) {
            looked = true;
            try {
                view = resilience.view(program.getId(), null, LocalDate.now(ZoneOffset.UTC), user.isManager());
            } catch (ResourceNotFoundException e) {
                message(FacesMessage.SEVERITY_WARN, e.getMessage());
            }
        }
        return view;
    }

    public List<CaseRow> getSingle() {
        return rows("single");
    }

    public List<CaseRow> getPairs() {
        return rows("pairs");
    }

    public List<TaskRun> getTaskRuns() {
        return taskRuns.recent(TASK_RUNS);
    }

    public String analyse() {
        if (!requireManager() || getView() == null) {
            return null;
        }
        Job job = jobs.submit(JobKind.RESILIENCE_CONTINGENCY, program.getId(), view.scheduleId());
        message(FacesMessage.SEVERITY_INFO, "Contingency analysis queued as job " + job.getId()
                + ": reload this page in a minute for the new N-1 and N-2 tables.");
        return null;
    }

    public String activate(long fallbackId) {
        return change(fallbackId, true);
    }

    public String rollBack(long fallbackId) {
        return change(fallbackId, false);
    }

    private String change(long fallbackId, boolean activate) {
        if (!requireManager() || program.getId() == null) {
            return null;
        }
        try {
            var f = activate ? fallbacks.activate(program.getId(), fallbackId, user.getUsername())
                    : fallbacks.rollBack(program.getId(), fallbackId, user.getUsername());
            message(FacesMessage.SEVERITY_INFO, activate
                    ? "Fallback " + f.id() + " is active: the schedule now covers " + f.person() + "'s absence from "
                    + f.from() + " to " + f.to() + " (" + f.changes() + " changes). Roll back to restore the previous one."
                    : "Fallback " + f.id() + " is rolled back: the previous schedule and absences are restored.");
        } catch (ConflictException | ResourceNotFoundException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        view = null;
        looked = false;
        return null;
    }

    private List<CaseRow> rows(String table) {
        ResilienceView v = getView();
        if (v == null || v.contingency() == null || v.contingency().report() == null
                || v.contingency().report().getValueType() != JsonValue.ValueType.OBJECT) {
            return List.of();
        }
        JsonArray cases = v.contingency().report().asJsonObject().getJsonArray(table);
        return cases == null ? List.of() : cases.stream().map(JsonValue::asJsonObject).map(ResiliencePageBacking::row).toList();
    }

    private static CaseRow row(JsonObject c) {
        String people = String.join(" + ", c.getJsonArray("people").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        return new CaseRow(people, c.getString("outcome"), c.getInt("changes", 0), c.getBoolean("optimal", false),
                !c.containsKey("reason") || c.isNull("reason") ? "" : c.getString("reason"));
    }

    private boolean requireManager() {
        if (!user.isManager()) {
            message(FacesMessage.SEVERITY_ERROR, "Only coordinators and admins may do this.");
            return false;
        }
        return true;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
