package org.residency.scheduler.common;

import jakarta.ejb.ApplicationException;
import org.residency.scheduler.rules.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * A change would break hard rules or touch frozen days of the published schedule, and no reason was given
 * to override that (HTTP 409, with the violations it would introduce and the frozen days). Nothing changed.
 */
@ApplicationException(rollback = true)
public class OverrideRequiredException extends RuntimeException {

    private final List<Violation> violations;
    private final List<LocalDate> frozenDays;

    public OverrideRequiredException(String message, List<Violation> violations, List<LocalDate> frozenDays) {
        super(message);
        this.violations = List.copyOf(violations);
        this.frozenDays = List.copyOf(frozenDays);
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<LocalDate> frozenDays() {
        return frozenDays;
    }
}
