package org.residency.scheduler.ui.grid;

/** Escaping for text and attribute values written into the grid's HTML. */
final class Html {

    private Html() {
    }

    static StringBuilder escape(StringBuilder out, String text) {
        if (text == null) {
            return out;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }

    static String escape(String text) {
        return escape(new StringBuilder(), text).toString();
    }
}
