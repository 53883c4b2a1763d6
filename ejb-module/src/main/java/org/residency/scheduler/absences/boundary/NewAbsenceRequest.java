package org.residency.scheduler.absences.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The body of {@code POST .../absence-requests}.
 *
 * @param person the resident's or faculty member's id in the program; residents and faculty may leave it
 *               out (their own linked person) and may give no one else's
 * @param start  first day away, ISO date, inside the program's year
 * @param end    last day away (inclusive), not before {@code start}
 * @param kind   free text: vacation, conference, sick, ...
 * @param note   optional words for the coordinator
 */
@JsonbPropertyOrder({"person", "start", "end", "kind", "note"})
public record NewAbsenceRequest(String person, String start, String end, String kind, String note) {
}
