/** Stored schedules: block assignments, day sessions and call nights, and the runs that produced them. */
package org.residency.scheduler.schedule.entity;
