package org.residency.scheduler.lifecycle.boundary;

/**
 * Who asks: the account's username, and whether it is staff (coordinator or admin: sees drafts, acts for
 * anyone) or not (resident, faculty: sees the published schedule only, acts only for their own person).
 */
public record Actor(String username, boolean staff) {
}
