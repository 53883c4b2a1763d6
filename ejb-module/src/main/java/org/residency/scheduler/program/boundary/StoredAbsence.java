package org.residency.scheduler.program.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.program.entity.Absence;

/** An absence with its stored id, which the absence resources use as its key (the format has none). */
@JsonbPropertyOrder({"id", "person", "start", "end", "kind"})
public record StoredAbsence(long id, String person, String start, String end, String kind) {

    static StoredAbsence of(Absence a) {
        return new StoredAbsence(a.getId(), a.getPerson().getExternalId(), a.getStart().toString(),
                a.getEnd().toString(), a.getKind());
    }
}
