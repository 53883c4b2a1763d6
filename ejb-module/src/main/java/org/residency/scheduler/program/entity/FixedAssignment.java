package org.residency.scheduler.program.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A block assignment that every schedule must keep (block is 1-based, as in the format). */
@Entity
@Table(name = "fixed_assignment")
public class FixedAssignment extends ProgramPart {

    @Id
    @SequenceGenerator(name = "fixed_assignment_seq", sequenceName = "fixed_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fixed_assignment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "resident_id")
    private Resident resident;
    private int block;
    @ManyToOne(optional = false)
    @JoinColumn(name = "rotation_id")
    private Rotation rotation;

    protected FixedAssignment() {
    }

    public FixedAssignment(Program program, Resident resident, int block, Rotation rotation, int position) {
        super(program, position);
        this.resident = resident;
        this.block = block;
        this.rotation = rotation;
    }

    public Resident getResident() { return resident; }
    public int getBlock() { return block; }
    public Rotation getRotation() { return rotation; }
}
