/** REST resource for the schedules of a program under {@code /api/programs/{id}/schedules}. */
package org.residency.scheduler.schedule.boundary;
