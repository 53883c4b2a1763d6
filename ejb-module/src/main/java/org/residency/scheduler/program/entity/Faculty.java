package org.residency.scheduler.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A faculty member who precepts continuity clinic. */
@Entity
@DiscriminatorValue("FACULTY")
public class Faculty extends Person {

    @Column(name = "max_precept_per_week")
    private Integer maxPreceptPerWeek;

    protected Faculty() {
    }

    public Faculty(Program program, String externalId, String name, int maxPreceptPerWeek, int position) {
        super(program, externalId, name, position);
        this.maxPreceptPerWeek = maxPreceptPerWeek;
    }

    public int getMaxPreceptPerWeek() { return maxPreceptPerWeek; }
    public void setMaxPreceptPerWeek(int max) { this.maxPreceptPerWeek = max; }
}
