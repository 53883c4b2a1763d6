package org.residency.scheduler.export.control;

/**
 * The format's session codes with what exports show for them. The colours are the grid's (the Faces
 * layout's CSS, see docs/ui or the {@code --activity-*} custom properties), so a printed workbook looks
 * like the page.
 */
public enum Activity {

    R("On rotation", "DBEAFE"),
    C("Continuity clinic", "DCFCE7"),
    P("Precepting clinic", "EDE9FE"),
    O("Off", "F3F4F6"),
    A("Absent", "FEE2E2");

    /** The marker of an in-house call night (its text colour in the workbook). */
    public static final String CALL_COLOUR = "B91C1C";

    private final String meaning;
    private final String rgb;

    Activity(String meaning, String rgb) {
        this.meaning = meaning;
        this.rgb = rgb;
    }

    public String meaning() {
        return meaning;
    }

    /** Six hex digits, no '#'. */
    public String rgb() {
        return rgb;
    }

    public boolean isWork() {
        return this == R || this == C || this == P;
    }

    /** The activity of one session code; unknown letters are {@code null} (a stored schedule has none). */
    public static Activity of(char code) {
        for (Activity a : values()) {
            if (a.name().charAt(0) == code) {
                return a;
            }
        }
        return null;
    }
}
