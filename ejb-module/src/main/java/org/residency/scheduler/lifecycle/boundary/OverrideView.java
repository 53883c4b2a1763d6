package org.residency.scheduler.lifecycle.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.lifecycle.control.LifecycleJson;
import org.residency.scheduler.lifecycle.entity.ScheduleOverride;
import org.residency.scheduler.rules.Violation;

import java.util.List;

/** One recorded override: what kind, who, when, what changed, why, and the violations it introduced. */
@JsonbPropertyOrder({"id", "kind", "actor", "at", "what", "reason", "frozen", "violations"})
public record OverrideView(long id, String kind, String actor, String at, String what, String reason, boolean frozen,
                           List<Violation> violations) {

    static OverrideView of(ScheduleOverride o) {
        return new OverrideView(o.getId(), o.getKind().name(), o.getActor(), o.getAt().toString(), o.getWhat(),
                o.getReason(), o.isFrozen(), LifecycleJson.violations(o.getViolations()));
    }
}
