package org.residency.scheduler.lifecycle.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The published schedule's near future is frozen: a day before {@code today + days} (the past included)
 * changes only with an override and its reason, because people have already planned around it.
 * {@code days} 0 freezes only the past.
 */
public record FreezeHorizon(int days, LocalDate today) {

    public FreezeHorizon {
        if (days < 0) {
            throw new IllegalArgumentException("freeze days must not be negative: " + days);
        }
    }

    /** The first day that may change without an override. */
    public LocalDate firstOpenDay() {
        return today.plusDays(days);
    }

    public boolean frozen(LocalDate date) {
        return date.isBefore(firstOpenDay());
    }

    /** The frozen dates among these, in order, without repeats. */
    public List<LocalDate> frozenAmong(Collection<LocalDate> dates) {
        return dates.stream().filter(this::frozen).distinct().sorted().toList();
    }
}
