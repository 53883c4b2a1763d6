package org.residency.scheduler.security.boundary;

/** The body of a password reset. */
public record NewPassword(String password) {
}
