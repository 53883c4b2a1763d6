package org.residency.scheduler.program.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;

import java.util.ArrayList;
import java.util.List;

/** A rotation and the PGY levels it takes (in their own table, in the order written). */
@Entity
public class Rotation extends ProgramPart {

    @Id
    @SequenceGenerator(name = "rotation_seq", sequenceName = "rotation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rotation_seq")
    private Long id;

    @Column(name = "external_id")
    private String externalId;
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rotation_pgy", joinColumns = @JoinColumn(name = "rotation_id"))
    @OrderColumn(name = "position")
    @Column(name = "pgy")
    private List<Integer> pgyLevels = new ArrayList<>();

    @Embedded
    private RotationRules rules;

    protected Rotation() {
    }

    public Rotation(Program program, String externalId, int position) {
        super(program, position);
        this.externalId = externalId;
    }

    public void describe(String name, List<Integer> pgyLevels, RotationRules rules) {
        this.name = name;
        this.pgyLevels = new ArrayList<>(pgyLevels);
        this.rules = rules;
    }

    public Long getId() { return id; }
    public String getExternalId() { return externalId; }
    public String getName() { return name; }
    public List<Integer> getPgyLevels() { return pgyLevels; }
    public RotationRules getRules() { return rules; }
}
