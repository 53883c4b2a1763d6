package org.residency.scheduler.lifecycle.boundary;

/** A coordinator's approval (reason: overrides broken rules or frozen days) or rejection (reason: why). */
public record DecisionRequest(String reason) {
}
