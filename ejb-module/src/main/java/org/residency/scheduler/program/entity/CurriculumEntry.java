package org.residency.scheduler.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** How many blocks a resident of one PGY spends on one rotation. */
@Entity
@jakarta.persistence.Table(name = "curriculum_entry")
public class CurriculumEntry extends ProgramPart {

    @Id
    @SequenceGenerator(name = "curriculum_entry_seq", sequenceName = "curriculum_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_entry_seq")
    private Long id;

    private int pgy;
    @ManyToOne(optional = false)
    @JoinColumn(name = "rotation_id")
    private Rotation rotation;
    @Column(name = "min_blocks")
    private int minBlocks;
    @Column(name = "max_blocks")
    private int maxBlocks;

    protected CurriculumEntry() {
    }

    public CurriculumEntry(Program program, int pgy, Rotation rotation, int minBlocks, int maxBlocks, int position) {
        super(program, position);
        this.pgy = pgy;
        this.rotation = rotation;
        this.minBlocks = minBlocks;
        this.maxBlocks = maxBlocks;
    }

    public int getPgy() { return pgy; }
    public Rotation getRotation() { return rotation; }
    public int getMinBlocks() { return minBlocks; }
    public int getMaxBlocks() { return maxBlocks; }
}
