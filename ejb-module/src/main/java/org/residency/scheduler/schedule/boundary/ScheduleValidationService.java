package org.residency.scheduler.schedule.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.rules.ScheduleValidator;
import org.residency.scheduler.rules.ValidationReport;

/** Checks a stored schedule against every hard rule of its stored program (the independent validator). */
@Stateless
public class ScheduleValidationService {

    private final ScheduleValidator validator = new ScheduleValidator();

    @Inject
    ProgramService programs;

    @Inject
    ScheduleService schedules;

    public ValidationReport validate(long programId, String scheduleId) {
        return validator.validate(programs.export(programId), schedules.document(programId, scheduleId));
    }
}
