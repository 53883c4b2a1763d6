package org.residency.scheduler.security;

import java.io.Serializable;

/** Who signed in on the sign-in page, kept in the HTTP session for the pages that follow. */
record SignedIn(String username) implements Serializable {

    static final String ATTRIBUTE = SignedIn.class.getName();
}
