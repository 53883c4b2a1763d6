package org.residency.scheduler.rules;

/**
 * {@code post-call}: the day after a call night is OO (or AA on an absent day) with no call that
 * night: at least 14 hours free after 24 hours of in-house call, ACGME CPR VI.F.2.b (2023) / 6.21.a
 * (2025). Counts one per call night whose next day (within the year) is not free.
 */
final class PostCallRule implements HardRule {

    @Override
    public String name() {
        return "post-call";
    }

    @Override
    public String citation() {
        return Acgme.POST_CALL_FREE;
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ScheduleView s = ctx.schedule();
        for (int d = 0; d + 1 < s.caller.length; d++) {
            int c = s.caller[d];
            if (c < 0) {
                continue;
            }
            int next = d + 1;
            boolean free = s.is(c, next, 'O', 'O') || (s.is(c, next, 'A', 'A') && ctx.program().absent[c][next]);
            boolean callAgain = s.caller[next] == c;
            if (!free || callAgain) {
                String id = ctx.program().id(c);
                out.add(id, next, next, id + " " + ctx.calendar().iso(next) + ": post-call day is " + s.day(c, next)
                        + (callAgain ? " and on call again" : "") + ", needs a free day after the call");
            }
        }
    }
}
