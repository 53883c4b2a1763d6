package org.residency.scheduler.rules;

import org.residency.scheduler.format.ProgramDocument;

/**
 * {@code fixed}: every fixed block assignment of the program is kept. Counts one per fixed entry not
 * kept. Program rule, no ACGME citation.
 */
final class FixedAssignmentRule implements HardRule {

    @Override
    public String name() {
        return "fixed";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        ScheduleView s = ctx.schedule();
        for (ProgramDocument.FixedAssignment f : p.fixed()) {
            int r = p.personIndex.get(f.resident());
            int b = f.block() - 1;
            if (s.rotation[r][b] != p.rotationIndex.get(f.rotation())) {
                out.add(f.resident(), ctx.calendar().blockStart(b), ctx.calendar().blockLast(b),
                        f.resident() + " block " + f.block() + " is fixed to " + f.rotation()
                                + " but scheduled on " + s.blockIds[r][b]);
            }
        }
    }
}
