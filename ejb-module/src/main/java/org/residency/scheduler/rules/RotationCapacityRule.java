package org.residency.scheduler.rules;

/**
 * {@code rotation-capacity}: in every block, the number of residents on a rotation lies within its
 * minResidents..maxResidents. Counts one per (block, rotation). Program rule, no ACGME citation.
 */
final class RotationCapacityRule implements HardRule {

    @Override
    public String name() {
        return "rotation-capacity";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        RotationSpec[] rotations = ctx.program().rotations;
        YearCalendar cal = ctx.calendar();
        int[] on = new int[rotations.length];
        for (int b = 0; b < cal.blocks(); b++) {
            java.util.Arrays.fill(on, 0);
            for (int[] row : ctx.schedule().rotation) {
                if (row[b] >= 0) {
                    on[row[b]]++;
                }
            }
            for (int x = 0; x < rotations.length; x++) {
                RotationSpec rot = rotations[x];
                if (on[x] < rot.minResidents() || on[x] > rot.maxResidents()) {
                    out.add(null, cal.blockStart(b), cal.blockLast(b), "Block " + (b + 1) + " has " + on[x]
                            + " residents on " + rot.id() + ", allowed " + rot.minResidents() + ".."
                            + rot.maxResidents());
                }
            }
        }
    }
}
