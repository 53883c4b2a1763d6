package org.residency.scheduler.rules;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.util.Collections;
import java.util.List;

/**
 * Judges a schedule against its program: every hard rule of the reference checker
 * ({@code shared/formats/check.py}), counted the same way, plus its soft metrics. Stateless and
 * thread-safe; the inputs must already have passed the format's shape checks.
 */
public final class ScheduleValidator {

    /** The hard rules in the reference checker's order, which the report's counts keep. */
    private static final List<HardRule> RULES = List.of(
            new BlockCoverageRule(), new RotationPgyRule(), new CurriculumRule(), new FixedAssignmentRule(),
            new RotationCapacityRule(), new SessionStaffingRule(), new WeekendRule(), new ClinicWeeklyRule(),
            new ClinicCapacityRule(), new SupervisionRule(), new PreceptWeeklyRule(), new AbsenceRule(),
            new CallCoverageRule(), new CallDayRule(), new PostCallRule(), new CallSpacingRule(),
            new EightyHourRule(), new DayOffRule());

    public ValidationReport validate(ProgramDocument program, ScheduleDocument schedule) {
        ProgramIndex index = new ProgramIndex(program);
        RuleContext ctx = new RuleContext(index, new ScheduleView(index, schedule));
        Violations out = new Violations(index.calendar());
        for (HardRule rule : RULES) {
            out.open(rule);
            rule.check(ctx, out);
        }
        return new ValidationReport(out.all().isEmpty(), Collections.unmodifiableMap(out.counts()),
                Collections.unmodifiableList(out.all()), new SoftMetricsCalculator(ctx).metrics());
    }

    /** The rule names in the order the report counts them. */
    public static List<String> ruleNames() {
        return RULES.stream().map(HardRule::name).toList();
    }
}
