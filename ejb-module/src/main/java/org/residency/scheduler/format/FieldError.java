package org.residency.scheduler.format;

/**
 * One input error: {@code field} is the JSON path as the reference checker names it
 * (e.g. {@code program.residents[3].pgy}, {@code schedule.days.R04[17]}).
 */
public record FieldError(String field, String message) {
}
