package org.residency.scheduler.program.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.program.entity.Program;

/** What a list of programs shows of each. */
@JsonbPropertyOrder({"id", "name", "start", "blocks", "blockDays"})
public record ProgramSummary(long id, String name, String start, int blocks, int blockDays) {

    static ProgramSummary of(Program p) {
        return new ProgramSummary(p.getId(), p.getName(), p.getStart().toString(), p.getBlocks(), p.getBlockDays());
    }
}
