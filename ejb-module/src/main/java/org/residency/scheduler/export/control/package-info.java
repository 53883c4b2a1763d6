/**
 * Plain Java export builders: the iCalendar of one person ({@link org.residency.scheduler.export.control.PersonCalendar})
 * and the Excel workbook of a block or the year ({@link org.residency.scheduler.export.control.ScheduleWorkbook}),
 * both built from the format's documents, plus the feed token.
 */
package org.residency.scheduler.export.control;
