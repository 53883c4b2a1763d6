package org.residency.scheduler.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.function.IntUnaryOperator;

/** The reference checker's soft metrics, computed the same way (and rounded the same way). */
final class SoftMetricsCalculator {

    private final ProgramIndex p;
    private final ScheduleView s;

    SoftMetricsCalculator(RuleContext ctx) {
        this.p = ctx.program();
        this.s = ctx.schedule();
    }

    SoftMetrics metrics() {
        return new SoftMetrics(spread(r -> calls(r, false)), requestsGranted(), spread(r -> calls(r, true)),
                spread(this::clinicSessions));
    }

    /** Per PGY level present, max minus min of the value among its residents, summed over levels. */
    private int spread(IntUnaryOperator value) {
        int[] min = {0, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] max = {0, Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int r = 0; r < p.residents; r++) {
            int v = value.applyAsInt(r);
            min[p.pgy[r]] = Math.min(min[p.pgy[r]], v);
            max[p.pgy[r]] = Math.max(max[p.pgy[r]], v);
        }
        int sum = 0;
        for (int level = 1; level <= 3; level++) {
            sum += max[level] >= min[level] ? max[level] - min[level] : 0;
        }
        return sum;
    }

    /** Calls of a resident; with {@code weekendOnly}, only Friday and Saturday nights. */
    private int calls(int r, boolean weekendOnly) {
        int n = 0;
        for (int d = 0; d < s.onCall[r].length; d++) {
            if (s.onCall[r][d] && (!weekendOnly || isFridayOrSaturday(d))) {
                n++;
            }
        }
        return n;
    }

    private boolean isFridayOrSaturday(int d) {
        DayOfWeek day = p.calendar.dayOfWeek(d);
        return day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY;
    }

    private int clinicSessions(int r) {
        int n = 0;
        for (byte code : s.codes[r]) {
            n += code == 'C' ? 1 : 0;
        }
        return n;
    }

    /** Share of requests whose day is free; 1 without requests. Rounded half-even on the exact binary
     *  value to 4 places, which is what Python's {@code round(x, 4)} does. */
    private double requestsGranted() {
        if (p.requests.length == 0) {
            return 1.0;
        }
        int granted = 0;
        for (int[] q : p.requests) {
            granted += s.isFree(q[0], q[1]) ? 1 : 0;
        }
        double share = (double) granted / p.requests.length;
        return new BigDecimal(share).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
