package org.residency.scheduler.lifecycle.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.lifecycle.control.LifecycleJson;
import org.residency.scheduler.lifecycle.entity.Swap;

import java.time.OffsetDateTime;
import java.util.List;

/** A swap with its state, the residents, and who moved it along when; the cells an approval changed. */
@JsonbPropertyOrder({"id", "state", "kind", "date", "offeredBy", "acceptedBy", "note", "schedule", "offeredAt",
        "offeredUser", "acceptedAt", "acceptedUser", "decidedAt", "decidedBy", "reason", "rolledBackAt",
        "rolledBackBy", "changes"})
public record SwapView(long id, String state, String kind, String date, String offeredBy, String acceptedBy,
                       String note, String schedule, String offeredAt, String offeredUser, String acceptedAt,
                       String acceptedUser, String decidedAt, String decidedBy, String reason, String rolledBackAt,
                       String rolledBackBy, List<ChangeView> changes) {

    static SwapView of(Swap s, String scheduleKey) {
        return new SwapView(s.getId(), s.getState().name(), s.getKind().name(), s.getDate().toString(),
                s.getOfferedBy(), s.getAcceptedBy(), s.getNote(), scheduleKey, text(s.getOfferedAt()),
                s.getOfferedUser(), text(s.getAcceptedAt()), s.getAcceptedUser(), text(s.getDecidedAt()),
                s.getDecidedBy(), s.getReason(), text(s.getRolledBackAt()), s.getRolledBackBy(),
                s.getCells() == null ? List.of() : LifecycleJson.cells(s.getCells()).stream().map(ChangeView::of).toList());
    }

    private static String text(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }
}
