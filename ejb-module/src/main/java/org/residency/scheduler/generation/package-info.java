/**
 * Schedule generation and repair as jobs: requests checked and stored with the job, the engine run on the
 * solver queue with progress and cancellation, and its result stored as a new schedule.
 */
package org.residency.scheduler.generation;
