package org.residency.scheduler.program.boundary;

import java.util.List;
import java.util.function.ObjIntConsumer;

/** Keeps the stored order of a list equal to its list order after a removal, so exports keep it too. */
final class Positions {

    private Positions() {
    }

    static <T> void renumber(List<T> items, ObjIntConsumer<T> setPosition) {
        for (int i = 0; i < items.size(); i++) {
            setPosition.accept(items.get(i), i);
        }
    }
}
