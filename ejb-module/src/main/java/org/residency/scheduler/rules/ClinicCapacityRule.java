package org.residency.scheduler.rules;

/**
 * {@code clinic-capacity}: at most capacityPerSession residents are in continuity clinic (C) in one
 * session. Counts one per session. Program rule, no ACGME citation.
 */
final class ClinicCapacityRule implements HardRule {

    @Override
    public String name() {
        return "clinic-capacity";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ClinicTally tally = new ClinicTally(ctx.program(), ctx.schedule());
        int capacity = ctx.program().capacityPerSession;
        for (int i = 0; i < tally.pgy1AtC.length; i++) {
            int atC = tally.pgy1AtC[i] + tally.seniorAtC[i];
            if (atC > capacity) {
                int d = i / 2;
                out.add(null, d, d, ctx.calendar().iso(d) + " " + ClinicTally.half(i) + ": " + atC
                        + " residents in clinic, capacity " + capacity);
            }
        }
    }
}
