package org.residency.scheduler.jobs.control;

/** What a finished job produced: a JSON result and a link to the resource it concerns. */
public record JobOutcome(String resultJson, String resultLink) {
}
