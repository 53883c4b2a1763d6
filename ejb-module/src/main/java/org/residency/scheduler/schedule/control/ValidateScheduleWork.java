package org.residency.scheduler.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.jobs.control.JobFailedException;
import org.residency.scheduler.jobs.control.JobOutcome;
import org.residency.scheduler.jobs.control.JobWork;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.rules.ValidationReport;
import org.residency.scheduler.schedule.boundary.ScheduleValidationService;

import java.util.function.IntConsumer;

/**
 * The job that validates a stored schedule: its result is the validator's report (counts per
 * rule, soft metrics, every violation), its link the schedule's violations resource.
 */
@ApplicationScoped
public class ValidateScheduleWork implements JobWork {

    @Inject
    ScheduleValidationService validation;

    @Override
    public JobKind kind() {
        return JobKind.VALIDATE_SCHEDULE;
    }

    @Override
    public JobOutcome run(Job job, IntConsumer progress) {
        progress.accept(10);
        ValidationReport report;
        try {
            report = validation.validate(job.getProgramId(), job.getScheduleKey());
        } catch (ResourceNotFoundException gone) {
            throw new JobFailedException(gone.getMessage());
        }
        progress.accept(90);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return new JobOutcome(jsonb.toJson(report),
                    "/api/programs/" + job.getProgramId() + "/schedules/" + job.getScheduleKey() + "/violations");
        } catch (Exception e) {
            throw new IllegalStateException("could not write the validation report", e);
        }
    }
}
