package org.residency.scheduler.web.json;

/** JSON that is already rendered (a cached schedule): written as is, never bound again. */
public record JsonText(String json) {
}
