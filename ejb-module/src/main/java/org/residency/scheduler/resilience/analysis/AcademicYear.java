package org.residency.scheduler.resilience.analysis;

import org.residency.scheduler.format.ProgramDocument;

import java.time.LocalDate;

/** The first and last day of a program's year, and dates moved into it. */
public record AcademicYear(LocalDate first, LocalDate last) {

    public static AcademicYear of(ProgramDocument program) {
        LocalDate start = LocalDate.parse(program.start());
        return new AcademicYear(start, start.plusDays((long) program.blocks() * program.blockDays() - 1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** The date itself inside the year, else the year's first or last day. */
    public LocalDate clamp(LocalDate date) {
        return date.isBefore(first) ? first : date.isAfter(last) ? last : date;
    }

    /** The last day of {@code days} days from {@code from}, cut at the end of the year. */
    public LocalDate end(LocalDate from, int days) {
        LocalDate to = from.plusDays(days - 1L);
        return to.isAfter(last) ? last : to;
    }
}
