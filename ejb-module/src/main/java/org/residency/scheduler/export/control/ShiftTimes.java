package org.residency.scheduler.export.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Wall-clock times of a day's sessions and of a call night, from the program's credited hours: the AM
 * session starts at the configured day start and lasts {@code hours.halfDay}, the PM session follows it,
 * and an in-house call night runs from the end of the PM session for {@code hours.callNight} (with the
 * format's 6 + 6 + 12 hours: 07:00-13:00, 13:00-19:00, 19:00-07:00 next morning, the 24 hours of
 * ACGME 6.22 / VI.F.3.a; the day after is the post-call day off).
 * <p>
 * Times are local: adding hours to a {@link LocalDateTime} keeps a call that crosses a daylight-saving
 * change ending at 07:00 on the clock, which is what the hospital's rota means (ACGME.md: "use real
 * local times").
 */
public record ShiftTimes(LocalTime dayStart, long halfDayMinutes, long callNightMinutes) {

    public static ShiftTimes of(LocalTime dayStart, BigDecimal halfDayHours, BigDecimal callNightHours) {
        return new ShiftTimes(dayStart, minutes(halfDayHours), minutes(callNightHours));
    }

    public LocalDateTime amStart(LocalDate date) {
        return date.atTime(dayStart);
    }

    public LocalDateTime pmStart(LocalDate date) {
        return amStart(date).plusMinutes(halfDayMinutes);
    }

    public LocalDateTime pmEnd(LocalDate date) {
        return pmStart(date).plusMinutes(halfDayMinutes);
    }

    public LocalDateTime callStart(LocalDate date) {
        return pmEnd(date);
    }

    public LocalDateTime callEnd(LocalDate date) {
        return callStart(date).plusMinutes(callNightMinutes);
    }

    private static long minutes(BigDecimal hours) {
        return hours == null ? 0 : hours.multiply(BigDecimal.valueOf(60)).longValue();
    }
}
