package org.residency.scheduler.ui.lifecycle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.lifecycle.boundary.DraftView;
import org.residency.scheduler.lifecycle.boundary.PublishRequest;
import org.residency.scheduler.lifecycle.boundary.PublishingService;
import org.residency.scheduler.schedule.boundary.ScheduleSummary;
import org.residency.scheduler.ui.CurrentProgram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code drafts.xhtml} (coordinators, admins): every schedule of the current program with how it came to be,
 * its hard violations and the cells it changes against the published one; publishing, with a reason
 * field where the schedule breaks hard rules.
 */
@Named
@RequestScoped
public class DraftsBacking {

    @Inject
    PublishingService publishing;
    @Inject
    CurrentProgram program;
    @Inject
    PageActions actions;

    private List<DraftView> schedules;
    private final Map<String, String> reasons = new HashMap<>();

    public List<DraftView> getSchedules() {
        if (schedules == null) {
            Long id = program.getId();
            schedules = id == null ? List.of() : publishing.overview(id);
        }
        return schedules;
    }

    public DraftView getPublished() {
        return getSchedules().stream().filter(d -> "PUBLISHED".equals(d.schedule().status())).findFirst().orElse(null);
    }

    /** Reason typed for each schedule's publish button, by schedule id. */
    public Map<String, String> getReasons() {
        return reasons;
    }

    public String publish(String scheduleId) {
        String reason = reasons.get(scheduleId);
        ScheduleSummary published = actions.run("publish", "publish schedule " + scheduleId + " of program "
                + program.getId() + (reason == null || reason.isBlank() ? "" : ", reason: " + reason),
                () -> publishing.publish(program.getId(), scheduleId, new PublishRequest(reason), actions.actor()));
        if (published != null) {
            actions.info("Schedule " + scheduleId + " is now the published schedule"
                    + (published.publishReason() == null ? "." : " (override recorded)."));
            schedules = null;
        }
        return null;
    }

    /** A short, readable label for a schedule id (generated ids are UUIDs). */
    public String shortId(String id) {
        return id.length() > 13 ? id.substring(0, 8) : id;
    }

    public String when(String isoTime) {
        return isoTime == null ? "" : isoTime.replace('T', ' ').replaceAll("\\.\\d+", "").replace("Z", " UTC");
    }
}
