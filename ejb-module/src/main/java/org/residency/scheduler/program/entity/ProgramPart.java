package org.residency.scheduler.program.entity;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * One entry of a program's lists (a person, rotation, curriculum line, fixed assignment, absence, day-off
 * request): it belongs to the program and keeps its position in the list as the document wrote it. Each
 * table has its own {@code program_id} and {@code position} columns; this class only maps them once.
 */
@MappedSuperclass
@Access(AccessType.FIELD)
public abstract class ProgramPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    private int position;

    protected ProgramPart() {
    }

    protected ProgramPart(Program program, int position) {
        this.program = program;
        this.position = position;
    }

    public Program getProgram() { return program; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
