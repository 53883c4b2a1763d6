package org.residency.scheduler.resilience.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A precomputed fallback schedule as clients see it (without its document). */
public record FallbackView(long id, String person, LocalDate from, LocalDate to, int changes, String state,
                           OffsetDateTime createdAt, OffsetDateTime activatedAt, String activatedBy,
                           OffsetDateTime rolledBackAt, String rolledBackBy) {
}
