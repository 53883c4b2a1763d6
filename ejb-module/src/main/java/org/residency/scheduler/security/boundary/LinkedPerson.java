package org.residency.scheduler.security.boundary;

/** The person a resident or faculty account belongs to: the program and the person's id in it. */
public record LinkedPerson(long programId, String personId, String name) {
}
