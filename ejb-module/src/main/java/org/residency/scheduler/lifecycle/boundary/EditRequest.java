package org.residency.scheduler.lifecycle.boundary;

/**
 * One edit: {@code kind} SESSION (a person's {@code session} AM or PM on {@code date} becomes {@code code}) or
 * CALL (the night of {@code date} goes to {@code resident}, or nobody when it is null). {@code reason}
 * overrides broken rules or the freeze horizon and is recorded.
 */
public record EditRequest(String kind, String person, String date, String session, String code, String resident,
                          String reason) {
}
