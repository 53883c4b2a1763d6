/**
 * The scheduling engine: builds a whole academic year of a {@code residency-program/1} with OR-Tools
 * CP-SAT, explains why when no schedule exists, and repairs a schedule after an absence with as few
 * changes as it can.
 *
 * <p>Plain Java with no container import, so it runs in unit tests, in {@code scripts/solve} and in
 * the application server alike. It does not share constraint code with the independent validator in
 * {@code org.residency.scheduler.rules}; every schedule it returns has been checked by that validator.
 *
 * <p>Entry point: {@link org.residency.scheduler.engine.ScheduleEngine}.
 */
package org.residency.scheduler.engine;
