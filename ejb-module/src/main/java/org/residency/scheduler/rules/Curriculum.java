package org.residency.scheduler.rules;

import org.residency.scheduler.format.ProgramDocument;

import java.util.List;
import java.util.Map;

/** Blocks allowed per (PGY, rotation); a rotation not listed for a PGY is allowed 0..0 blocks. */
final class Curriculum {

    private final int[][] min;
    private final int[][] max;

    Curriculum(List<ProgramDocument.CurriculumEntry> entries, Map<String, Integer> rotationIndex) {
        min = new int[4][rotationIndex.size()];
        max = new int[4][rotationIndex.size()];
        for (ProgramDocument.CurriculumEntry e : entries) {
            int x = rotationIndex.get(e.rotation());
            min[e.pgy()][x] = e.minBlocks();
            max[e.pgy()][x] = e.maxBlocks();
        }
    }

    int min(int pgy, int rotation) {
        return min[pgy][rotation];
    }

    int max(int pgy, int rotation) {
        return max[pgy][rotation];
    }
}
