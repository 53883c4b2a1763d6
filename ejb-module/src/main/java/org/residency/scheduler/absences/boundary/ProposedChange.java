package org.residency.scheduler.absences.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.engine.Change;

/**
 * One assignment a proposed repair changes, as the coordinator reads it.
 *
 * @param kind   {@code DAY} (a person's AM/PM sessions, e.g. {@code RC} before, {@code AA} after),
 *               {@code CALL} (who is on call that night) or {@code BLOCK} (a rotation, from the block's first day)
 * @param person whose assignment changes (for a call night: the new holder, or the old one when none)
 * @param date   ISO date
 * @param before the value before, {@code null} for none
 * @param after  the value after
 */
@JsonbPropertyOrder({"kind", "person", "date", "before", "after"})
public record ProposedChange(String kind, String person, String date, String before, String after) {

    static ProposedChange of(Change c) {
        return new ProposedChange(c.kind().name(), c.person(), c.date(), c.before(), c.after());
    }
}
