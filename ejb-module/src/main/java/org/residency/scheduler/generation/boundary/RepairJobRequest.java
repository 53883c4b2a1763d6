package org.residency.scheduler.generation.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.format.ProgramDocument;

/**
 * The body of {@code POST /api/programs/{id}/schedules/{sid}/repair}: either a new absence or a person
 * no longer available, and optionally the freeze date and the solve parameters of a generation.
 *
 * @param freezeBefore ISO date: nothing before it changes. Default: today, or the year's first day while
 *                     the year has not begun
 */
@JsonbPropertyOrder({"absence", "removedPerson", "freezeBefore", "timeLimitSeconds", "seed", "threads"})
public record RepairJobRequest(ProgramDocument.Absence absence, String removedPerson, String freezeBefore,
                               Integer timeLimitSeconds, Long seed, Integer threads) {
}
