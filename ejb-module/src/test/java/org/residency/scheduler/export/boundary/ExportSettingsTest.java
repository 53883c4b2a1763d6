package org.residency.scheduler.export.boundary;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportSettingsTest {

    @Test
    void aRegionZoneAndATimeAreTaken() {
        var settings = ExportSettings.parse("America/Chicago", "07:30");
        assertEquals(ZoneId.of("America/Chicago"), settings.zone());
        assertEquals(LocalTime.of(7, 30), settings.dayStart());
    }

    @Test
    void typosFallBackToUtcAndSevenInsteadOfFailing() {
        var settings = ExportSettings.parse("America/Chicgo", "7 am");
        assertEquals(ZoneOffset.UTC, settings.zone());
        assertEquals(LocalTime.of(7, 0), settings.dayStart());
    }

    @Test
    void aFixedOffsetHasNoCalendarDefinitionAndFallsBackToUtc() {
        assertEquals(ZoneOffset.UTC, ExportSettings.parse("+02:00", "07:00").zone());
    }
}
