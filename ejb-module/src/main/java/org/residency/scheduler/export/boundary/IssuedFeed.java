package org.residency.scheduler.export.boundary;

/** A newly issued feed: its secret token, which is never shown again, and when it was issued. */
public record IssuedFeed(String token, CalendarFeedStatus status) {
}
