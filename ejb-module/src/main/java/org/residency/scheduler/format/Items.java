package org.residency.scheduler.format;

import java.util.List;
import java.util.function.BiConsumer;

/** check.py's {@code _items}: a required or optional list of objects, each checked under its own path. */
final class Items {

    private Items() {
    }

    static <T> void each(Findings findings, List<T> list, String where, boolean optional, BiConsumer<String, T> check) {
        if (list == null) {
            findings.need(optional, where, "expected a list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = where + "[" + i + "]";
            T item = list.get(i);
            if (findings.need(item != null, at, "expected an object")) {
                check.accept(at, item);
            }
        }
    }
}
