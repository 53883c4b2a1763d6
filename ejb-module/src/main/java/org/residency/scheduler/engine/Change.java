package org.residency.scheduler.engine;

/**
 * One assignment a repair changed.
 *
 * @param kind   what changed: {@code DAY} (a person's two sessions), {@code CALL} (a night's call) or {@code BLOCK}
 * @param person the person whose assignment changed (for {@code CALL}, the new holder, or the old one if none)
 * @param date   the ISO date (for {@code BLOCK}, the block's first day)
 * @param before the value before ({@code "RR"}, a resident id, a rotation id; {@code null} for none)
 * @param after  the value after
 */
public record Change(Kind kind, String person, String date, String before, String after) {

    public enum Kind { DAY, CALL, BLOCK }
}
