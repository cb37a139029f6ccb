package org.symbiopark.exchange;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Solves the allocation with fixed link costs exactly, as a mixed-integer program (OR-Tools,
 * SCIP): a link with a fixed cost is built (binary y = 1, flow ≤ capacity·y) or not, and pays its
 * fixed cost only when built; links along one existing pipeline carry at most its capacity
 * together. Minimises disposal + market purchases + link costs.
 */
public final class FixedChargeAllocator {

    private final double timeLimitSeconds;

    public FixedChargeAllocator(double timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /**
     * The optimum, or the best solution found when the time limit ends the search (then
     * {@code provenOptimal} is false).
     *
     * @throws IllegalStateException if SCIP finds no solution at all
     */
    public AllocationInstance.Solution solve(AllocationInstance instance) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no SCIP solver here");
        }
        try {
            solver.setTimeLimit((long) (timeLimitSeconds * 1000));
            int nS = instance.supply().length;
            int nD = instance.demand().length;
            MPObjective objective = solver.objective();
            MPConstraint[] supplyRow = new MPConstraint[nS];
            MPConstraint[] demandRow = new MPConstraint[nD];
            MPVariable[] disposed = new MPVariable[nS];
            MPVariable[] bought = new MPVariable[nD];
            for (int i = 0; i < nS; i++) {
                supplyRow[i] = solver.makeConstraint(instance.supply()[i], instance.supply()[i]);
                disposed[i] = solver.makeNumVar(0, instance.supply()[i], "dispose" + i);
                supplyRow[i].setCoefficient(disposed[i], 1);
                objective.setCoefficient(disposed[i], instance.disposalCostPerUnit()[i]);
            }
            for (int j = 0; j < nD; j++) {
                demandRow[j] = solver.makeConstraint(instance.demand()[j], instance.demand()[j]);
                bought[j] = solver.makeNumVar(0, instance.demand()[j], "buy" + j);
                demandRow[j].setCoefficient(bought[j], 1);
                objective.setCoefficient(bought[j], instance.virginCostPerUnit()[j]);
            }
            // links along one existing pipeline carry at most its capacity together
            MPConstraint[] sharedRow = new MPConstraint[instance.sharedCapacity().length];
            for (int g = 0; g < sharedRow.length; g++) {
                sharedRow[g] = solver.makeConstraint(Double.NEGATIVE_INFINITY, instance.sharedCapacity()[g]);
            }
            MPVariable[] flow = new MPVariable[instance.arcs().size()];
            for (int k = 0; k < flow.length; k++) {
                AllocationInstance.Arc a = instance.arcs().get(k);
                flow[k] = solver.makeNumVar(0, a.capacity(), "flow" + k);
                supplyRow[a.supply()].setCoefficient(flow[k], 1);
                demandRow[a.demand()].setCoefficient(flow[k], 1);
                if (a.sharedCapacity() >= 0) {
                    sharedRow[a.sharedCapacity()].setCoefficient(flow[k], 1);
                }
                objective.setCoefficient(flow[k], a.variableCostPerUnit());
                if (a.fixedCostPerYear() > 0) {
                    MPVariable built = solver.makeBoolVar("built" + k);
                    objective.setCoefficient(built, a.fixedCostPerYear());
                    MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                    link.setCoefficient(flow[k], 1);
                    link.setCoefficient(built, -a.capacity());
                }
            }
            objective.setMinimization();
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                throw new IllegalStateException("the fixed-charge allocation MIP ended " + status);
            }
            double[] arcFlow = new double[flow.length];
            for (int k = 0; k < flow.length; k++) {
                arcFlow[k] = flow[k].solutionValue();
            }
            double[] d = new double[nS];
            for (int i = 0; i < nS; i++) {
                d[i] = disposed[i].solutionValue();
            }
            double[] b = new double[nD];
            for (int j = 0; j < nD; j++) {
                b[j] = bought[j].solutionValue();
            }
            return new AllocationInstance.Solution(arcFlow, d, b, objective.value(),
                    status == MPSolver.ResultStatus.OPTIMAL);
        } finally {
            solver.delete();
        }
    }
}
