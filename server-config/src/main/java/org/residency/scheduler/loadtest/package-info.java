/**
 * Host-side load generator (scripts/load-test): an open model at a fixed arrival rate over HTTP keep-alive,
 * latencies measured from each request's planned start, so a stalled server cannot hide its stall by slowing
 * the generator down (no coordinated omission). JDK only: java.net.http.
 */
package org.residency.scheduler.loadtest;
