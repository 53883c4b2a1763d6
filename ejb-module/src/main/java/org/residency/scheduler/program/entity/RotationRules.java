package org.residency.scheduler.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The staffing numbers of a rotation, as the format gives them. */
@Embeddable
public class RotationRules {

    @Column(name = "min_residents")
    private int minResidents;
    @Column(name = "max_residents")
    private int maxResidents;
    @Column(name = "min_per_session")
    private int minPerSession;
    @Column(name = "works_weekends")
    private boolean worksWeekends;
    @Column(name = "clinic_per_week")
    private int clinicPerWeek;
    @Column(name = "call_pool")
    private boolean callPool;

    protected RotationRules() {
    }

    public RotationRules(int minResidents, int maxResidents, int minPerSession, boolean worksWeekends,
                         int clinicPerWeek, boolean callPool) {
        this.minResidents = minResidents;
        this.maxResidents = maxResidents;
        this.minPerSession = minPerSession;
        this.worksWeekends = worksWeekends;
        this.clinicPerWeek = clinicPerWeek;
        this.callPool = callPool;
    }

    public int getMinResidents() { return minResidents; }
    public int getMaxResidents() { return maxResidents; }
    public int getMinPerSession() { return minPerSession; }
    public boolean isWorksWeekends() { return worksWeekends; }
    public int getClinicPerWeek() { return clinicPerWeek; }
    public boolean isCallPool() { return callPool; }
}
