/** Resilience configuration, metrics, the contingency job and the periodic task machinery. */
package org.residency.scheduler.resilience.control;
