/** Writing a schedule document as rows, reading it back in three queries, and its JSON text for the cache. */
package org.residency.scheduler.schedule.control;
