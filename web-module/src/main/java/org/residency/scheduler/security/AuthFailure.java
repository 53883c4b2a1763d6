package org.residency.scheduler.security;

import jakarta.servlet.http.HttpServletRequest;

import java.time.Duration;

/**
 * Why the credentials a request carried were refused. The mechanism leaves it on the request instead
 * of answering itself, so that REST answers (401/429 problem+json) come from JAX-RS like every other
 * error and the sign-in page can say what happened.
 */
public record AuthFailure(Kind kind, Duration retryAfter) {

    public enum Kind { BAD_CREDENTIALS, THROTTLED }

    static final String ATTRIBUTE = AuthFailure.class.getName();
    /** Read by the sign-in page (faces-ui's LoginBacking) to say how long to wait. */
    static final String RETRY_AFTER_SECONDS = "org.residency.scheduler.signIn.retryAfterSeconds";

    static AuthFailure badCredentials() {
        return new AuthFailure(Kind.BAD_CREDENTIALS, Duration.ZERO);
    }

    static AuthFailure throttled(Duration retryAfter) {
        return new AuthFailure(Kind.THROTTLED, retryAfter);
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
        if (kind == Kind.THROTTLED) {
            request.setAttribute(RETRY_AFTER_SECONDS, retryAfterSeconds());
        }
    }

    public static AuthFailure of(HttpServletRequest request) {
        return request == null ? null : (AuthFailure) request.getAttribute(ATTRIBUTE);
    }

    /** Whole seconds for Retry-After, rounded up and at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
