package org.residency.scheduler.security.boundary;

import java.util.List;

/**
 * The body of an account creation or update: roles by name, and for residents and faculty the person
 * ({@code programId} and the person's id in that program). {@code password} only when creating.
 */
public record AccountRequest(String username, String password, List<String> roles, Long programId, String personId) {
}
