package org.symbiopark.exchange;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The allocation as a linear program, solved by OR-Tools GLOP: the independent check of
 * {@link MinCostFlowAllocator} (same optimum) and its peer in {@code bench exchange}.
 *
 * <p>min Σ_k c_k·x_k + Σ_i disposal_i·d_i + Σ_j virgin_j·b_j subject to
 * Σ_{k from i} x_k + d_i = supply_i, Σ_{k to j} x_k + b_j = demand_j, 0 ≤ x_k ≤ capacity_k,
 * d, b ≥ 0: every supply goes to a receiver or to disposal, every demand is met by suppliers
 * or the virgin market, arc costs linearised as in the flow.
 */
public final class AllocationLinearProgram {

    private AllocationLinearProgram() {
    }

    /** The optimal objective; throws if GLOP does not prove optimality. */
    public static double minimumCost(AllocationInstance inst) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            MPObjective objective = solver.objective();
            MPConstraint[] supplyRow = new MPConstraint[inst.supply().length];
            MPConstraint[] demandRow = new MPConstraint[inst.demand().length];
            for (int i = 0; i < supplyRow.length; i++) {
                supplyRow[i] = solver.makeConstraint(inst.supply()[i], inst.supply()[i]);
                MPVariable disposed = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "d" + i);
                supplyRow[i].setCoefficient(disposed, 1);
                objective.setCoefficient(disposed, inst.disposalCostPerUnit()[i]);
            }
            for (int j = 0; j < demandRow.length; j++) {
                demandRow[j] = solver.makeConstraint(inst.demand()[j], inst.demand()[j]);
                MPVariable bought = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "b" + j);
                demandRow[j].setCoefficient(bought, 1);
                objective.setCoefficient(bought, inst.virginCostPerUnit()[j]);
            }
            for (int k = 0; k < inst.arcs().size(); k++) {
                AllocationInstance.Arc a = inst.arcs().get(k);
                MPVariable x = solver.makeNumVar(0, a.capacity(), "x" + k);
                supplyRow[a.supply()].setCoefficient(x, 1);
                demandRow[a.demand()].setCoefficient(x, 1);
                objective.setCoefficient(x, a.linearCostPerUnit());
            }
            objective.setMinimization();
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("GLOP ended " + status + " on the allocation LP");
            }
            return objective.value();
        } finally {
            solver.delete();
        }
    }
}
