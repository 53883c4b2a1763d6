package org.residency.scheduler.export.control;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook's colours are the grid's: the custom properties at the top of the pages' style sheet. */
class ActivityColoursTest {

    private static final Path APP_CSS = Path.of("..", "faces-ui", "src", "main", "resources", "META-INF", "resources",
            "css", "app.css");

    @Test
    void everyActivityAndTheCallMarkerMatchAppCss() throws Exception {
        assertTrue(Files.isRegularFile(APP_CSS), "run from ejb-module/: " + APP_CSS.toAbsolutePath());
        String css = Files.readString(APP_CSS);
        for (Activity a : Activity.values()) {
            assertEquals(a.rgb(), property(css, "--act-" + a.name() + "-bg"), a + " fill");
            assertEquals(a.fontRgb(), property(css, "--act-" + a.name() + "-fg"), a + " font");
        }
        assertEquals(Activity.CALL_COLOUR, property(css, "--call"));
    }

    private static String property(String css, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*:\\s*#([0-9a-fA-F]{6})\\b").matcher(css);
        assertTrue(m.find(), name + " not in app.css");
        return m.group(1).toUpperCase(Locale.ROOT);
    }
}
