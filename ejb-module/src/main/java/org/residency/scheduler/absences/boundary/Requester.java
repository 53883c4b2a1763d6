package org.residency.scheduler.absences.boundary;

/**
 * Who asks: the account's username and whether it is staff (coordinator or admin: sees and decides every
 * request, requests for anyone) or not (resident, faculty: only their own linked person). The web layer
 * decides {@code staff} from the authenticated caller's roles, never from the request.
 */
public record Requester(String username, boolean staff) {
}
