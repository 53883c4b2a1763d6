/**
 * Resilience: how loaded a program's published schedule is, how close it is to failing, which people
 * it cannot lose, and the precomputed schedules to switch to when it loses one.
 */
package org.residency.scheduler.resilience;
