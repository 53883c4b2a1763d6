/**
 * Checking solve parameters against the configured limits, running the engine for a job (progress,
 * cancellation), and the JSON of a job's parameters and result.
 */
package org.residency.scheduler.generation.control;
