package org.residency.scheduler.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on the sign-in page, kept in the HTTP session for the pages that follow. */
record SignedIn(String username, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SignedIn.class.getName();
}
