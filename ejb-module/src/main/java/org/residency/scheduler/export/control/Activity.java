package org.residency.scheduler.export.control;

/**
 * The format's session codes with what exports show for them. The colours are the grid's: the
 * {@code --act-*} custom properties at the top of faces-ui's {@code css/app.css} (fill = background,
 * font = foreground), so a workbook looks like the page; change both together.
 */
public enum Activity {

    R("On rotation", "DCE9F7", "1F4E79"),
    C("Continuity clinic", "D8F0DF", "1E6B3A"),
    P("Precepting clinic", "E9E1F5", "5B3C88"),
    O("Off", "F1F3F5", "6B7785"),
    A("Absent", "FDE4C8", "8A4B08");

    /** The marker of an in-house call night (app.css {@code --call}): bold text and a bottom border in the workbook. */
    public static final String CALL_COLOUR = "B03A2E";

    private final String meaning;
    private final String rgb;
    private final String fontRgb;

    Activity(String meaning, String rgb, String fontRgb) {
        this.meaning = meaning;
        this.rgb = rgb;
        this.fontRgb = fontRgb;
    }

    public String meaning() {
        return meaning;
    }

    /** The fill, six hex digits without '#'. */
    public String rgb() {
        return rgb;
    }

    /** The text colour on that fill. */
    public String fontRgb() {
        return fontRgb;
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
