/** Exports of a schedule: per-person calendar feeds (iCalendar) and Excel workbooks of a block or the year. */
package org.residency.scheduler.export;
