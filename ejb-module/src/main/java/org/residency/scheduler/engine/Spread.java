package org.residency.scheduler.engine;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import java.util.function.IntFunction;

/** The format's fairness measure as a model expression: per PGY level, max minus min, summed over levels. */
final class Spread {

    private Spread() {
    }

    /**
     * @param value each resident's quantity (calls, clinic sessions, ...) as an expression
     * @param upper an upper bound of any resident's quantity
     */
    static LinearExpr perPgy(CpModel model, Instance in, IntFunction<LinearExpr> value, long upper) {
        LinearExprBuilder total = LinearExpr.newBuilder();
        for (int level = 1; level <= 3; level++) {
            IntVar hi = model.newIntVar(0, upper, "hi");
            IntVar lo = model.newIntVar(0, upper, "lo");
            int members = 0;
            for (int r = 0; r < in.residents(); r++) {
                if (in.pgy[r] == level) {
                    members++;
                    LinearExpr quantity = value.apply(r);
                    model.addLessOrEqual(quantity, hi);
                    model.addGreaterOrEqual(quantity, lo);
                }
            }
            if (members > 1) {                          // one resident alone has no spread
                // a variable of its own, never negative: the objective's bound 0 is then plain to the
                // solver, which stops as soon as a solution reaches it instead of proving it first
                IntVar gap = model.newIntVar(0, upper, "spread");
                model.addEquality(LinearExpr.newBuilder().add(hi).addTerm(lo, -1).build(), gap);
                total.add(gap);
            }
        }
        return total.build();
    }
}
