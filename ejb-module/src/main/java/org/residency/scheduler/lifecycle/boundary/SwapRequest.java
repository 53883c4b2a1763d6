package org.residency.scheduler.lifecycle.boundary;

/**
 * An offer ({@code kind} CALL or DAY, {@code date}, optional {@code note}) or an acceptance. {@code person} is
 * the resident acting: a resident's own account needs none (and may name only themselves); a coordinator or
 * admin acting for a resident must name one.
 */
public record SwapRequest(String kind, String date, String person, String note) {
}
