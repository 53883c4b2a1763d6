package org.residency.scheduler.lifecycle.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreezeHorizonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void sevenDaysFreezeThePastTodayAndTheNextSixDays() {
        FreezeHorizon horizon = new FreezeHorizon(7, TODAY);
        assertTrue(horizon.frozen(TODAY.minusYears(1)), "the past");
        assertTrue(horizon.frozen(TODAY));
        assertTrue(horizon.frozen(TODAY.plusDays(6)));
        assertFalse(horizon.frozen(TODAY.plusDays(7)), "a week ahead is open");
        assertEquals(TODAY.plusDays(7), horizon.firstOpenDay());
    }

    @Test
    void zeroDaysFreezeOnlyThePast() {
        FreezeHorizon horizon = new FreezeHorizon(0, TODAY);
        assertTrue(horizon.frozen(TODAY.minusDays(1)));
        assertFalse(horizon.frozen(TODAY));
    }

    @Test
    void frozenAmongListsEachFrozenDateOnceInOrder() {
        FreezeHorizon horizon = new FreezeHorizon(3, TODAY);
        assertEquals(List.of(TODAY, TODAY.plusDays(2)), horizon.frozenAmong(List.of(TODAY.plusDays(2), TODAY.plusDays(9),
                TODAY, TODAY.plusDays(2), TODAY.plusDays(3))));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FreezeHorizon(-1, TODAY));
    }
}
