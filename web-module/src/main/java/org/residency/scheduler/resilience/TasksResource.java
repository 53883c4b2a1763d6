package org.residency.scheduler.resilience;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.residency.scheduler.resilience.boundary.ResilienceTaskTimer;
import org.residency.scheduler.resilience.boundary.TaskRunService;
import org.residency.scheduler.resilience.entity.TaskRun;

import org.residency.scheduler.security.entity.Roles;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/tasks}: the periodic tasks with their schedules and next firing, and their latest runs. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    ResilienceTaskTimer timer;
    @Inject
    TaskRunService runs;

    @RolesAllowed({Roles.RESIDENT, Roles.FACULTY, Roles.COORDINATOR, Roles.ADMIN})
    @GET
    public Tasks tasks(@QueryParam("limit") @DefaultValue("50") int limit) {
        return new Tasks(List.copyOf(timer.schedules().values()),
                runs.recent(Math.max(1, Math.min(limit, 500))).stream().map(RunView::of).toList());
    }

    public record Tasks(List<ResilienceTaskTimer.TaskSchedule> tasks, List<RunView> runs) {
    }

    /**
     * One run: its task, attempt, state, when it was queued, started and finished, what it did or why it
     * failed, and the server that ran it ({@code instance@host}).
     */
    public record RunView(long id, String task, int attempt, String state, OffsetDateTime queuedAt,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt, String detail, String runner) {
        static RunView of(TaskRun r) {
            return new RunView(r.getId(), r.getTask(), r.getAttempt(), r.getState().name(), r.getQueuedAt(),
                    r.getStartedAt(), r.getFinishedAt(), r.getDetail(), r.getRunner());
        }
    }
}
