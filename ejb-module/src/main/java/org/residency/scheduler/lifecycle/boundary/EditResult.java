package org.residency.scheduler.lifecycle.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.lifecycle.control.Judgement;
import org.residency.scheduler.rules.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * A previewed or applied change: the cells, the hard violations it introduces and resolves (rule, person,
 * dates), the totals before and after, the frozen days it touches, whether it needs a reason, and the
 * override recorded when it was applied with one.
 */
@JsonbPropertyOrder({"applied", "schedule", "changes", "introduced", "resolved", "violationsBefore",
        "violationsAfter", "frozenDays", "needsReason", "whyReason", "overrideId"})
public record EditResult(boolean applied, String schedule, List<ChangeView> changes, List<Violation> introduced,
                         List<Violation> resolved, int violationsBefore, int violationsAfter, List<String> frozenDays,
                         boolean needsReason, String whyReason, Long overrideId) {

    static EditResult of(boolean applied, String schedule, Judgement j, Long overrideId) {
        return new EditResult(applied, schedule, j.changes().stream().map(ChangeView::of).toList(),
                j.diff().introduced(), j.diff().resolved(), j.violationsBefore(), j.violationsAfter(),
                j.frozenDays().stream().map(LocalDate::toString).toList(), j.needsReason(),
                j.needsReason() ? j.whyReasonNeeded() : null, overrideId);
    }
}
