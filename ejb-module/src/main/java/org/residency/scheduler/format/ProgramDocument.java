package org.residency.scheduler.format;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/** A {@code residency-program/1} document: the problem to schedule. Field order is the format's. */
@JsonbPropertyOrder({"format", "name", "start", "blocks", "blockDays", "hours", "residents", "faculty",
        "rotations", "curriculum", "fixed", "clinic", "absences", "requests", "supervision"})
public record ProgramDocument(
        String format,
        String name,
        String start,
        Integer blocks,
        Integer blockDays,
        Hours hours,
        List<Resident> residents,
        List<Faculty> faculty,
        List<Rotation> rotations,
        List<CurriculumEntry> curriculum,
        List<FixedAssignment> fixed,
        Clinic clinic,
        List<Absence> absences,
        List<Request> requests,
        Supervision supervision) {

    public static final String FORMAT = "residency-program/1";

    /** Hours as exact decimals, so 6 and 6.5 both come back as written. */
    @JsonbPropertyOrder({"halfDay", "callNight"})
    public record Hours(BigDecimal halfDay, BigDecimal callNight) {
    }

    @JsonbPropertyOrder({"id", "name", "pgy"})
    public record Resident(String id, String name, Integer pgy) {
    }

    @JsonbPropertyOrder({"id", "name", "maxPreceptPerWeek"})
    public record Faculty(String id, String name, Integer maxPreceptPerWeek) {
    }

    @JsonbPropertyOrder({"id", "name", "pgy", "minResidents", "maxResidents", "minPerSession",
            "worksWeekends", "clinicPerWeek", "callPool"})
    public record Rotation(String id, String name, List<Integer> pgy, Integer minResidents, Integer maxResidents,
                           Integer minPerSession, Boolean worksWeekends, Integer clinicPerWeek, Boolean callPool) {
    }

    @JsonbPropertyOrder({"pgy", "rotation", "minBlocks", "maxBlocks"})
    public record CurriculumEntry(Integer pgy, String rotation, Integer minBlocks, Integer maxBlocks) {
    }

    @JsonbPropertyOrder({"resident", "block", "rotation"})
    public record FixedAssignment(String resident, Integer block, String rotation) {
    }

    @JsonbPropertyOrder({"capacityPerSession"})
    public record Clinic(Integer capacityPerSession) {
    }

    @JsonbPropertyOrder({"person", "start", "end", "kind"})
    public record Absence(String person, String start, String end, String kind) {
    }

    @JsonbPropertyOrder({"person", "date", "kind"})
    public record Request(String person, String date, String kind) {
    }

    @JsonbPropertyOrder({"pgy1PerFaculty", "seniorPerFaculty"})
    public record Supervision(Integer pgy1PerFaculty, Integer seniorPerFaculty) {
    }
}
