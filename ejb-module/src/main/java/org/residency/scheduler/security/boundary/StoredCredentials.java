package org.residency.scheduler.security.boundary;

import java.util.Set;

/** What a credential check needs from the store: the hash to verify against and the groups to grant. */
public record StoredCredentials(String username, String passwordHash, Set<String> groups) {
}
