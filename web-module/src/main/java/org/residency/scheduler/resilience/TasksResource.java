package org.residency.scheduler.resilience;

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

    @GET
    public Tasks tasks(@QueryParam("limit") @DefaultValue("50") int limit) {
        return new Tasks(List.copyOf(timer.schedules().values()),
                runs.recent(Math.max(1, Math.min(limit, 500))).stream().map(RunView::of).toList());
    }

    public record Tasks(List<ResilienceTaskTimer.TaskSchedule> tasks, List<RunView> runs) {
    }

    /** One run: its task, attempt, state, when it was queued, started and finished, and what it did or why it failed. */
    public record RunView(long id, String task, int attempt, String state, OffsetDateTime queuedAt,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt, String detail) {
        static RunView of(TaskRun r) {
            return new RunView(r.getId(), r.getTask(), r.getAttempt(), r.getState().name(), r.getQueuedAt(),
                    r.getStartedAt(), r.getFinishedAt(), r.getDetail());
        }
    }
}
