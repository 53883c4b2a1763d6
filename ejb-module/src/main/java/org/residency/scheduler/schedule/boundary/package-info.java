/** The schedule service: store, import, read (through the cache), list and delete schedules of a program. */
package org.residency.scheduler.schedule.boundary;
