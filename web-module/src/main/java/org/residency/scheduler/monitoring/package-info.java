/** REST access to the system's own monitoring records: the periodic health snapshots. */
package org.residency.scheduler.monitoring;
