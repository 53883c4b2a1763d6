package org.residency.scheduler.lifecycle.boundary;

/** Publishing: {@code reason} is required (and recorded as an override) when the schedule breaks hard rules. */
public record PublishRequest(String reason) {
}
