package org.residency.scheduler.lifecycle.control;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules say about a change before it is saved: the violations it introduces and resolves, the
 * frozen days it touches (published schedule only), and the hard-violation totals before and after.
 */
public record Judgement(List<CellChange> changes, ViolationDiff diff, List<LocalDate> frozenDays,
                        int violationsBefore, int violationsAfter) {

    /** Saving needs an override reason: it breaks a hard rule, or changes frozen days. */
    public boolean needsReason() {
        return diff.breaksRules() || !frozenDays.isEmpty();
    }

    /** Why saving needs a reason, in a coordinator's words. */
    public String whyReasonNeeded() {
        StringBuilder why = new StringBuilder();
        if (diff.breaksRules()) {
            why.append("it introduces ").append(diff.introduced().size()).append(" hard-rule violation(s)");
        }
        if (!frozenDays.isEmpty()) {
            why.append(why.isEmpty() ? "it" : " and").append(" changes the published schedule inside the freeze horizon (")
                    .append(frozenDays.get(0)).append(frozenDays.size() > 1 ? " and " + (frozenDays.size() - 1) + " more day(s)" : "")
                    .append(")");
        }
        return why.toString();
    }
}
