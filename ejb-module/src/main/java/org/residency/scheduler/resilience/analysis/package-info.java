/**
 * The resilience arithmetic as plain Java (no container): utilization per week, the defense level and
 * the exact N-1/N-2 contingency analysis on top of the scheduling engine's repair.
 */
package org.residency.scheduler.resilience.analysis;
