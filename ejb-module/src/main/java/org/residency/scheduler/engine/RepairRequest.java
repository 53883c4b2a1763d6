package org.residency.scheduler.engine;

import org.residency.scheduler.format.ProgramDocument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a repair must absorb: a new absence, or a person who is no longer available at all from the
 * freeze date on. Everything before {@code freezeBefore} stays exactly as it was.
 *
 * @param absence      the new absence, or {@code null} when a person is removed
 * @param removedPerson the id of a person no longer available, or {@code null}
 * @param freezeBefore  the first day the repair may change; days before it are kept (the days of the new
 *                      absence itself always become absent, so a freeze after its start moves back to it)
 */
public record RepairRequest(ProgramDocument.Absence absence, String removedPerson, LocalDate freezeBefore) {

    public RepairRequest {
        Objects.requireNonNull(freezeBefore, "freezeBefore");
        if ((absence == null) == (removedPerson == null)) {
            throw new IllegalArgumentException("a repair takes either a new absence or a removed person");
        }
    }

    public static RepairRequest absence(ProgramDocument.Absence absence, LocalDate freezeBefore) {
        return new RepairRequest(absence, null, freezeBefore);
    }

    public static RepairRequest removal(String personId, LocalDate freezeBefore) {
        return new RepairRequest(null, personId, freezeBefore);
    }

    public Optional<ProgramDocument.Absence> newAbsence() {
        return Optional.ofNullable(absence);
    }
}
