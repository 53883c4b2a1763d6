package org.residency.scheduler.rules;

/** Per half-day session of the year: PGY-1 and senior residents at C, faculty at P. */
final class ClinicTally {

    final int[] pgy1AtC;
    final int[] seniorAtC;
    final int[] facultyAtP;

    ClinicTally(ProgramIndex p, ScheduleView s) {
        int sessions = 2 * p.calendar.days();
        pgy1AtC = new int[sessions];
        seniorAtC = new int[sessions];
        facultyAtP = new int[sessions];
        for (int person = 0; person < p.people(); person++) {
            boolean resident = p.isResident(person);
            int[] into = !resident ? facultyAtP : p.pgy[person] == 1 ? pgy1AtC : seniorAtC;
            byte wanted = (byte) (resident ? 'C' : 'P');
            byte[] row = s.codes[person];
            for (int i = 0; i < sessions; i++) {
                if (row[i] == wanted) {
                    into[i]++;
                }
            }
        }
    }

    static String half(int session) {
        return session % 2 == 0 ? "AM" : "PM";
    }
}
