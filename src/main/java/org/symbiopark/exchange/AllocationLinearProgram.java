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
 * d, b ≥ 0, and Σ_{k sharing capacity g} x_k ≤ capacity_g: every supply goes to a receiver or
 * to disposal, every demand is met by suppliers or the virgin market, links along one existing
 * pipeline carry at most its capacity together, arc costs linearised as in the flow.
 */
public final class AllocationLinearProgram {

    private AllocationLinearProgram() {
    }

    /** The optimal objective; throws if GLOP does not prove optimality. */
    public static double minimumCost(AllocationInstance inst) {
        return solve(inst).totalCostPerYear();
    }

    /** An optimal solution; throws if GLOP does not prove optimality. */
    public static AllocationInstance.Solution solve(AllocationInstance inst) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            MPObjective objective = solver.objective();
            MPConstraint[] supplyRow = new MPConstraint[inst.supply().length];
            MPConstraint[] demandRow = new MPConstraint[inst.demand().length];
            MPVariable[] disposed = new MPVariable[supplyRow.length];
            MPVariable[] bought = new MPVariable[demandRow.length];
            for (int i = 0; i < supplyRow.length; i++) {
                supplyRow[i] = solver.makeConstraint(inst.supply()[i], inst.supply()[i]);
                disposed[i] = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "d" + i);
                supplyRow[i].setCoefficient(disposed[i], 1);
                objective.setCoefficient(disposed[i], inst.disposalCostPerUnit()[i]);
            }
            for (int j = 0; j < demandRow.length; j++) {
                demandRow[j] = solver.makeConstraint(inst.demand()[j], inst.demand()[j]);
                bought[j] = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "b" + j);
                demandRow[j].setCoefficient(bought[j], 1);
                objective.setCoefficient(bought[j], inst.virginCostPerUnit()[j]);
            }
            MPConstraint[] sharedRow = new MPConstraint[inst.sharedCapacity().length];
            for (int g = 0; g < sharedRow.length; g++) {
                sharedRow[g] = solver.makeConstraint(Double.NEGATIVE_INFINITY, inst.sharedCapacity()[g]);
            }
            MPVariable[] x = new MPVariable[inst.arcs().size()];
            for (int k = 0; k < x.length; k++) {
                AllocationInstance.Arc a = inst.arcs().get(k);
                x[k] = solver.makeNumVar(0, a.capacity(), "x" + k);
                supplyRow[a.supply()].setCoefficient(x[k], 1);
                demandRow[a.demand()].setCoefficient(x[k], 1);
                if (a.sharedCapacity() >= 0) {
                    sharedRow[a.sharedCapacity()].setCoefficient(x[k], 1);
                }
                objective.setCoefficient(x[k], a.linearCostPerUnit());
            }
            objective.setMinimization();
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("GLOP ended " + status + " on the allocation LP");
            }
            double[] flow = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                flow[k] = x[k].solutionValue();
            }
            double[] d = new double[disposed.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = disposed[i].solutionValue();
            }
            double[] b = new double[bought.length];
            for (int j = 0; j < b.length; j++) {
                b[j] = bought[j].solutionValue();
            }
            return new AllocationInstance.Solution(flow, d, b, objective.value(), true);
        } finally {
            solver.delete();
        }
    }
}
