package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.ProgramChecks;
import org.residency.scheduler.format.ProgramDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * The infeasibility pre-check: proves by counting that a program has no schedule, before any solver
 * runs. An empty answer proves nothing; a non-empty one is certain.
 */
public final class ProgramDiagnosis {

    /** Cheapest and most basic first: a curriculum that cannot fit makes later counts moot. */
    private static final List<CountingArgument> ARGUMENTS = List.of(
            new CurriculumFit(), new BlockHeadcount(), new YearHeadcount(), new SessionStaffing(),
            new CallCoverage(), new WeeklyClinic(), new ClinicSupply(), new DutyHours());

    private ProgramDiagnosis() {
    }

    /**
     * Every reason found that {@code program} can have no valid schedule.
     *
     * @throws IllegalArgumentException when the program does not pass the format's shape checks
     */
    public static List<Reason> check(ProgramDocument program) {
        List<FieldError> errors = ProgramChecks.check(program);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("not a well-formed program: " + errors.get(0));
        }
        ProgramFacts facts = new ProgramFacts(program);
        List<Reason> reasons = new ArrayList<>();
        for (CountingArgument argument : ARGUMENTS) {
            reasons.addAll(argument.examine(facts));
        }
        return List.copyOf(reasons);
    }
}
