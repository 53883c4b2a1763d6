package org.residency.scheduler.rules;

/**
 * {@code block-coverage}: every resident has exactly one known rotation in every block. Counts one per
 * (resident, block) whose entry is null or not a rotation of the program. Program rule, no ACGME citation.
 */
final class BlockCoverageRule implements HardRule {

    @Override
    public String name() {
        return "block-coverage";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ScheduleView s = ctx.schedule();
        YearCalendar cal = ctx.calendar();
        for (int r = 0; r < s.rotation.length; r++) {
            for (int b = 0; b < s.rotation[r].length; b++) {
                if (s.rotation[r][b] < 0) {
                    String id = ctx.program().id(r);
                    String what = s.blockIds[r][b] == null ? "has no rotation"
                            : "is on \"" + s.blockIds[r][b] + "\", which is not a rotation";
                    out.add(id, cal.blockStart(b), cal.blockLast(b), id + " " + what + " in block " + (b + 1));
                }
            }
        }
    }
}
