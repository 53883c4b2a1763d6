package org.residency.scheduler.rules;

/**
 * {@code call-spacing}: two in-house calls of one resident are at least 3 nights apart, a strict form of
 * "no more often than every third night", ACGME CPR VI.F.7 (2023) / 6.27 (2025). Counts one per pair of
 * consecutive calls of a resident that are closer.
 */
final class CallSpacingRule implements HardRule {

    private static final int MIN_GAP = 3;

    @Override
    public String name() {
        return "call-spacing";
    }

    @Override
    public String citation() {
        return Acgme.EVERY_THIRD_NIGHT;
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        boolean[][] onCall = ctx.schedule().onCall;
        for (int r = 0; r < onCall.length; r++) {
            int previous = -1;
            for (int d = 0; d < onCall[r].length; d++) {
                if (!onCall[r][d]) {
                    continue;
                }
                if (previous >= 0 && d - previous < MIN_GAP) {
                    String id = ctx.program().id(r);
                    out.add(id, previous, d, id + " has calls on " + ctx.calendar().iso(previous) + " and "
                            + ctx.calendar().iso(d) + ", " + (d - previous) + " night(s) apart (at least " + MIN_GAP + ")");
                }
                previous = d;
            }
        }
    }
}
