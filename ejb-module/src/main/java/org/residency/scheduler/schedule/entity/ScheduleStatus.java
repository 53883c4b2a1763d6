package org.residency.scheduler.schedule.entity;

/**
 * Where a schedule is in its life: every stored schedule starts as a {@code DRAFT}; publishing one makes it
 * the program's {@code PUBLISHED} schedule (at most one, a partial unique index) and the one it replaces
 * {@code ARCHIVED}. Residents and faculty see only the published one. Stored by name.
 */
public enum ScheduleStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
