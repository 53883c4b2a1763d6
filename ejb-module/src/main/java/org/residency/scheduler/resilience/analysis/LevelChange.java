package org.residency.scheduler.resilience.analysis;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A change of a program's defense level, with when and why.
 *
 * @param from the level before, {@code null} for a program's first assessment
 */
public record LevelChange(DefenseLevel from, DefenseLevel to, OffsetDateTime at, String cause) {

    /** The change from the last recorded level to the new assessment; empty when the level stays. */
    public static Optional<LevelChange> between(DefenseLevel previous, DefenseAssessment now, OffsetDateTime at) {
        return previous == now.level() ? Optional.empty()
                : Optional.of(new LevelChange(previous, now.level(), at, now.cause()));
    }

    public boolean rise() {
        return from == null ? to != DefenseLevel.GREEN : to.number() > from.number();
    }
}
