package org.residency.scheduler.rules;

import org.residency.scheduler.format.ProgramDocument;

/** One rotation of the program with the limits the rules read, unboxed. */
record RotationSpec(String id, int pgyMask, int minResidents, int maxResidents, int minPerSession,
                    boolean worksWeekends, int clinicPerWeek, boolean callPool) {

    static RotationSpec of(ProgramDocument.Rotation r) {
        int mask = 0;
        for (Integer level : r.pgy()) {
            mask |= 1 << level;
        }
        return new RotationSpec(r.id(), mask, r.minResidents(), r.maxResidents(), r.minPerSession(),
                r.worksWeekends(), r.clinicPerWeek(), r.callPool());
    }

    boolean allows(int pgy) {
        return (pgyMask & (1 << pgy)) != 0;
    }
}
