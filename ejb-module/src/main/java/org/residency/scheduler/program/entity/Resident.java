package org.residency.scheduler.program.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A resident in one of the postgraduate years 1..3. */
@Entity
@DiscriminatorValue("RESIDENT")
public class Resident extends Person {

    private Integer pgy;

    protected Resident() {
    }

    public Resident(Program program, String externalId, String name, int pgy, int position) {
        super(program, externalId, name, position);
        this.pgy = pgy;
    }

    public int getPgy() { return pgy; }
    public void setPgy(int pgy) { this.pgy = pgy; }
}
