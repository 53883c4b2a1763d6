package org.residency.scheduler.common;

/** Free text from forms and request bodies (reasons, notes, comments, optional names). */
public final class Text {

    private Text() {
    }

    /** The text without surrounding blanks; null when it is missing or blank, so an empty reason is no reason. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
