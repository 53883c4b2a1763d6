package org.residency.scheduler.rules;

/**
 * {@code curriculum}: over the year a resident spends between the curriculum's min and max blocks on
 * each rotation (0..0 for a rotation not listed for their PGY). Counts one per (resident, rotation)
 * outside its range. Program rule, no ACGME citation.
 */
final class CurriculumRule implements HardRule {

    @Override
    public String name() {
        return "curriculum";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        int lastDay = ctx.calendar().days() - 1;
        int[] blocksOn = new int[p.rotations.length];
        for (int r = 0; r < p.residents; r++) {
            java.util.Arrays.fill(blocksOn, 0);
            for (int x : ctx.schedule().rotation[r]) {
                if (x >= 0) {
                    blocksOn[x]++;
                }
            }
            for (int x = 0; x < blocksOn.length; x++) {
                int lo = p.curriculum.min(p.pgy[r], x);
                int hi = p.curriculum.max(p.pgy[r], x);
                if (blocksOn[x] < lo || blocksOn[x] > hi) {
                    out.add(p.id(r), 0, lastDay, p.id(r) + " (PGY-" + p.pgy[r] + ") has " + blocksOn[x]
                            + " blocks of " + p.rotations[x].id() + ", curriculum allows " + lo + ".." + hi);
                }
            }
        }
    }
}
