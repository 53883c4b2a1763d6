package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;

import java.util.List;

/**
 * One necessary condition for a schedule to exist, checked by counting. An implementation reports a
 * reason only when it has proved that no schedule of the program can satisfy its rule.
 */
interface CountingArgument {

    List<Reason> examine(ProgramFacts facts);
}
