package org.residency.scheduler.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The academic year as day numbers 0..days-1: blocks, day of week, and the 7-day weeks counted from
 * each block's first day (a block whose length is not a multiple of 7 ends in a shorter week).
 */
public final class YearCalendar {

    private final LocalDate start;
    private final int blockDays;
    private final int days;
    private final DayOfWeek[] dayOfWeek;
    private final int[] weekStart;
    private final int[] weekEnd;

    YearCalendar(LocalDate start, int blocks, int blockDays) {
        this.start = start;
        this.blockDays = blockDays;
        this.days = blocks * blockDays;
        this.dayOfWeek = new DayOfWeek[days];
        for (int d = 0; d < days; d++) {
            dayOfWeek[d] = start.plusDays(d).getDayOfWeek();
        }
        int perBlock = (blockDays + 6) / 7;
        this.weekStart = new int[blocks * perBlock];
        this.weekEnd = new int[blocks * perBlock];
        for (int w = 0; w < weekStart.length; w++) {
            int block = w / perBlock;
            weekStart[w] = block * blockDays + (w % perBlock) * 7;
            weekEnd[w] = Math.min(weekStart[w] + 7, (block + 1) * blockDays);
        }
    }

    public int days() {
        return days;
    }

    public int blocks() {
        return days / blockDays;
    }

    public int blockOf(int day) {
        return day / blockDays;
    }

    public int blockStart(int block) {
        return block * blockDays;
    }

    /** The last day of the block (inclusive). */
    public int blockLast(int block) {
        return (block + 1) * blockDays - 1;
    }

    public boolean isWeekend(int day) {
        return dayOfWeek[day] == DayOfWeek.SATURDAY || dayOfWeek[day] == DayOfWeek.SUNDAY;
    }

    public DayOfWeek dayOfWeek(int day) {
        return dayOfWeek[day];
    }

    public int weeks() {
        return weekStart.length;
    }

    public int weekStart(int week) {
        return weekStart[week];
    }

    /** The day after the week's last day. */
    public int weekEnd(int week) {
        return weekEnd[week];
    }

    public int weekBlock(int week) {
        return weekStart[week] / blockDays;
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    public String iso(int day) {
        return date(day).toString();
    }

    /** The day number of an ISO date, negative or past the year when outside it. */
    int dayOf(String isoDate) {
        return (int) (LocalDate.parse(isoDate).toEpochDay() - start.toEpochDay());
    }
}
