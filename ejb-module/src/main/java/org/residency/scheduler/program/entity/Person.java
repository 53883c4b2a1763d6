package org.residency.scheduler.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;

/**
 * A resident or faculty member. One table for both, so that day sessions, absences and requests refer to
 * "a person" with one foreign key.
 */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "role", length = 16)
public abstract class Person extends ProgramPart {

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @Column(name = "external_id")
    private String externalId;
    private String name;

    protected Person() {
    }

    protected Person(Program program, String externalId, String name, int position) {
        super(program, position);
        this.externalId = externalId;
        this.name = name;
    }

    public Long getId() { return id; }
    public String getExternalId() { return externalId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
