package org.residency.scheduler.format;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * A {@code residency-schedule/1} document: one full answer for a program.
 *
 * @param blocks resident id to the rotation id of each block
 * @param days   person id to one two-letter session string ("AM" then "PM" code) per day of the year
 * @param call   the resident on in-house call each night, {@code null} for an uncovered night
 */
@JsonbPropertyOrder({"format", "program", "blocks", "days", "call"})
public record ScheduleDocument(
        String format,
        String program,
        Map<String, List<String>> blocks,
        Map<String, List<String>> days,
        List<String> call) {

    public static final String FORMAT = "residency-schedule/1";
}
