package org.residency.scheduler.rules;

/**
 * {@code rotation-pgy}: a resident is only placed on a rotation that takes their PGY level. Counts one
 * per (resident, block). Program rule, no ACGME citation.
 */
final class RotationPgyRule implements HardRule {

    @Override
    public String name() {
        return "rotation-pgy";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        ScheduleView s = ctx.schedule();
        for (int r = 0; r < p.residents; r++) {
            for (int b = 0; b < s.rotation[r].length; b++) {
                int x = s.rotation[r][b];
                if (x >= 0 && !p.rotations[x].allows(p.pgy[r])) {
                    out.add(p.id(r), ctx.calendar().blockStart(b), ctx.calendar().blockLast(b),
                            p.id(r) + " (PGY-" + p.pgy[r] + ") is on " + p.rotations[x].id() + " in block "
                                    + (b + 1) + ", which does not take PGY-" + p.pgy[r]);
                }
            }
        }
    }
}
