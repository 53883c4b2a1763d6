package org.residency.scheduler.rules;

import org.residency.scheduler.format.ScheduleDocument;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A schedule as arrays over the program's numbering: session codes per person and half-day, rotation
 * per resident and block, and the resident on call per night. Assumes a well-shaped document.
 */
public final class ScheduleView {

    /** {@link #caller} for a night with nobody on call. */
    static final int NOBODY = -1;
    /** {@link #caller} for a night whose call holder is not a resident of the program. */
    static final int NOT_A_RESIDENT = -2;

    final ProgramIndex program;
    /** Session codes as ASCII letters: {@code codes[person][2 * day + session]}, session 0 AM, 1 PM. */
    final byte[][] codes;
    /** Rotation index per resident and block, -1 where the entry is null or not a rotation. */
    final int[][] rotation;
    final String[][] blockIds;
    final int[] caller;
    final String[] callIds;
    final boolean[][] onCall;

    public ScheduleView(ProgramIndex program, ScheduleDocument s) {
        this.program = program;
        int days = program.calendar.days();
        this.codes = new byte[program.people()][];
        for (int p = 0; p < codes.length; p++) {
            codes[p] = sessions(s.days().get(program.ids[p]), days);
        }
        this.blockIds = new String[program.residents][];
        this.rotation = new int[program.residents][];
        for (int r = 0; r < program.residents; r++) {
            blockIds[r] = s.blocks().get(program.ids[r]).toArray(String[]::new);
            rotation[r] = new int[blockIds[r].length];
            for (int b = 0; b < blockIds[r].length; b++) {
                Integer x = blockIds[r][b] == null ? null : program.rotationIndex.get(blockIds[r][b]);
                rotation[r][b] = x == null ? -1 : x;
            }
        }
        this.callIds = s.call().toArray(String[]::new);
        this.caller = new int[days];
        this.onCall = new boolean[program.residents][days];
        for (int d = 0; d < days; d++) {
            caller[d] = callerOf(callIds[d]);
            if (caller[d] >= 0) {
                onCall[caller[d]][d] = true;
            }
        }
    }

    private static byte[] sessions(List<String> row, int days) {
        byte[] out = new byte[2 * days];
        for (int d = 0; d < days; d++) {
            String v = row.get(d);
            out[2 * d] = (byte) v.charAt(0);
            out[2 * d + 1] = (byte) v.charAt(1);
        }
        return out;
    }

    private int callerOf(String id) {
        if (id == null) {
            return NOBODY;
        }
        Integer p = program.personIndex.get(id);
        return p != null && program.isResident(p) ? p : NOT_A_RESIDENT;
    }

    char code(int person, int day, int session) {
        return (char) codes[person][2 * day + session];
    }

    boolean is(int person, int day, char am, char pm) {
        byte[] row = codes[person];
        return row[2 * day] == am && row[2 * day + 1] == pm;
    }

    /** Sessions of the day with the given code (0, 1 or 2). */
    int count(int person, int day, char code) {
        byte[] row = codes[person];
        return (row[2 * day] == code ? 1 : 0) + (row[2 * day + 1] == code ? 1 : 0);
    }

    /** Worked sessions of the day: R, C or P. */
    int worked(int person, int day) {
        return 2 - count(person, day, 'O') - count(person, day, 'A');
    }

    boolean onCall(int person, int day) {
        return program.isResident(person) && onCall[person][day];
    }

    /** A free day: OO or AA, no call that night nor the night before. */
    boolean isFree(int person, int day) {
        boolean offOrAway = is(person, day, 'O', 'O') || is(person, day, 'A', 'A');
        return offOrAway && !onCall(person, day) && !(day > 0 && onCall(person, day - 1));
    }

    /** The day's two-letter string, for messages. */
    String day(int person, int day) {
        return new String(codes[person], 2 * day, 2, StandardCharsets.US_ASCII);
    }
}
