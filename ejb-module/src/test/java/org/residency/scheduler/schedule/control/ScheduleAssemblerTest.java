package org.residency.scheduler.schedule.control;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.program.control.ProgramMapper;
import org.residency.scheduler.program.entity.Program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rows coming back from the database in any order still make the stored document. */
class ScheduleAssemblerTest {

    @Test
    void rowsInAnyOrderGiveBackTheDocument() {
        Program program = ProgramMapper.toEntity(Fixtures.program(Fixtures.resource("generated-30.json")));
        JsonObject json = Fixtures.patch(Fixtures.resource("generated-30-schedule.json"),
                p -> p.replace("/call/5", JsonObject.NULL).replace("/blocks/R02/1", "NOT-A-ROTATION"));
        ScheduleDocument document = Fixtures.schedule(json);

        ScheduleAssembler assembler = new ScheduleAssembler(program, document.program());
        List<Runnable> rows = new ArrayList<>();
        document.blocks().forEach((id, row) -> {
            for (int b = 0; b < row.size(); b++) {
                int block = b;
                rows.add(() -> assembler.block(id, block, row.get(block)));
            }
        });
        document.days().forEach((id, row) -> {
            for (int d = 0; d < row.size(); d++) {
                int day = d;
                rows.add(() -> assembler.day(id, day, row.get(day)));
            }
        });
        for (int n = 0; n < document.call().size(); n++) {
            int night = n;
            rows.add(() -> assembler.call(night, document.call().get(night)));
        }
        Collections.shuffle(rows, new Random(7));
        rows.forEach(Runnable::run);

        assertEquals(json, Fixtures.json(assembler.document()));
    }
}
