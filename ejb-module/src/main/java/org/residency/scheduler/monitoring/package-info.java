/**
 * The system's view of its own health: probes of the database, the broker and the cache (used by
 * the MicroProfile health checks), and the periodic health snapshot that an EJB timer records.
 */
package org.residency.scheduler.monitoring;
