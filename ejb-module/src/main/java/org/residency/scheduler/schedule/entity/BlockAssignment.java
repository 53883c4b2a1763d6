package org.residency.scheduler.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.residency.scheduler.program.entity.Resident;

/**
 * The rotation of a resident in one block (0-based). The rotation is text, not a key: an imported schedule
 * may name a rotation the program does not have (or none), which the rules report rather than the import.
 */
@Entity
@Table(name = "block_assignment")
public class BlockAssignment {

    @Id
    @SequenceGenerator(name = "block_assignment_seq", sequenceName = "block_assignment_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "block_assignment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    private Schedule schedule;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resident_id")
    private Resident resident;
    @Column(name = "block_index")
    private int block;
    @Column(name = "rotation_ref")
    private String rotation;

    protected BlockAssignment() {
    }

    public BlockAssignment(Schedule schedule, Resident resident, int block, String rotation) {
        this.schedule = schedule;
        this.resident = resident;
        this.block = block;
        this.rotation = rotation;
    }
}
