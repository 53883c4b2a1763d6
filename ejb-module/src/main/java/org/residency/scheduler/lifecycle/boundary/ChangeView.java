package org.residency.scheduler.lifecycle.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.lifecycle.control.CellChange;

/** One changed cell: AM, PM or CALL, whose (null for a call night), the date, values before and after. */
@JsonbPropertyOrder({"part", "person", "date", "before", "after"})
public record ChangeView(String part, String person, String date, String before, String after) {

    static ChangeView of(CellChange c) {
        return new ChangeView(c.cell().part().name(), c.cell().person(), c.cell().date().toString(), c.before(), c.after());
    }
}
