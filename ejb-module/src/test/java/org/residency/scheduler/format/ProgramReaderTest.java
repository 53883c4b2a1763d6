package org.residency.scheduler.format;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.InvalidDocumentException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramReaderTest {

    @Test
    void theSmallExampleReads() {
        ProgramDocument program = ProgramReader.read(Fixtures.example("small.json").toString());
        assertEquals(ProgramDocument.FORMAT, program.format());
    }

    @Test
    void brokenJsonNamesTheLine() {
        FieldError error = only(() -> ProgramReader.read("{\n  \"name\": \"x\",\n  oops\n}"));
        assertTrue(error.field().startsWith("line 3"), error.toString());
    }

    @Test
    void aWronglyTypedValueNamesItsProperty() {
        FieldError error = only(() -> ProgramReader.read("{\"format\": \"residency-program/1\", \"blocks\": \"13\"}"));
        assertEquals("blocks", error.field());
    }

    @Test
    void anUnknownPropertyIsNamed() {
        FieldError error = only(() -> ProgramReader.read("{\"format\": \"residency-program/1\", \"colour\": 1}"));
        assertEquals(new FieldError("colour", "unknown property"), error);
    }

    @Test
    void anEmptyFileSaysSo() {
        assertEquals("file", only(() -> ProgramReader.read("  ")).field());
    }

    private static FieldError only(Runnable read) {
        List<FieldError> errors = assertThrows(InvalidDocumentException.class, read::run).errors();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }
}
