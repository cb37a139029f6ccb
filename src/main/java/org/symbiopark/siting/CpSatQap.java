package org.symbiopark.siting;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The QAP solved exactly with OR-Tools CP-SAT, to check the heuristics on small instances and
 * as a baseline on larger ones. Booleans x[i][k] place item i on location k (exactly one per
 * item, at most one per location; forbidden ones fixed to 0, pinned ones to 1); each product
 * x[i][k]·x[j][l] of two distinct items is a variable y[i][j][k][l] tied to x by the equalities
 * of Adams and Johnson (1994): Σₗ y[i][j][k][l] = x[i][k] and Σₖ y[i][j][k][l] = x[j][l], which
 * make the linear relaxation as strong as the level-1 RLT bound. The objective is
 * Σ_{i<j,k≠l} (f[i][j]·d[k][l] + f[j][i]·d[l][k])·y + Σᵢₖ (f[i][i]·d[k][k] + c[i][k])·x.
 *
 * <p>There are n(n−1)/2 · m(m−1) products: fine for n ≤ 10, slow beyond about 15, and refused
 * above {@link #MAX_PRODUCTS} (the model would not fit in memory).
 */
public final class CpSatQap {

    /** The largest number of product variables built. */
    public static final long MAX_PRODUCTS = 1_500_000;

    /**
     * @param assignment item → location, empty if none was found in time
     * @param optimal    whether CP-SAT proved the objective optimal
     */
    public record Outcome(Optional<int[]> assignment, Optional<Long> objective, boolean optimal, String status) {
    }

    private CpSatQap() {
    }

    /** The number of product variables the model of this instance needs. */
    public static long products(QapInstance instance) {
        long n = instance.n();
        long m = instance.m();
        return n * (n - 1) / 2 * m * (m - 1);
    }

    /**
     * Solves within the time limit on the given number of CP-SAT workers.
     *
     * @throws IllegalArgumentException if the model needs more than {@link #MAX_PRODUCTS} products
     */
    public static Outcome solve(QapInstance instance, double seconds, int workers) {
        if (products(instance) > MAX_PRODUCTS) {
            throw new IllegalArgumentException("the CP-SAT model of " + instance.name() + " needs " + products(instance)
                    + " product variables, more than " + MAX_PRODUCTS);
        }
        Loader.loadNativeLibraries();
        int n = instance.n();
        int m = instance.m();
        long[][] f = instance.flow();
        long[][] d = instance.distance();
        CpModel model = new CpModel();
        BoolVar[][] x = new BoolVar[n][m];
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                x[i][k] = model.newBoolVar("x_" + i + "_" + k);
                boolean allowed = !instance.forbidden()[i][k] && (instance.pinned()[i] < 0 || instance.pinned()[i] == k);
                if (!allowed) {
                    model.addEquality(x[i][k], 0);
                }
                objective.addTerm(x[i][k], f[i][i] * d[k][k] + instance.linearCost()[i][k]);
            }
            model.addExactlyOne(x[i]);
        }
        for (int k = 0; k < m; k++) {
            List<Literal> column = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                column.add(x[i][k]);
            }
            model.addAtMostOne(column);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                BoolVar[][] y = new BoolVar[m][m];
                for (int k = 0; k < m; k++) {
                    for (int l = 0; l < m; l++) {
                        if (k != l) {
                            y[k][l] = model.newBoolVar("");
                            long coefficient = f[i][j] * d[k][l] + f[j][i] * d[l][k];
                            if (coefficient != 0) {
                                objective.addTerm(y[k][l], coefficient);
                            }
                        }
                    }
                }
                for (int k = 0; k < m; k++) {
                    LinearExprBuilder fromK = LinearExpr.newBuilder();
                    LinearExprBuilder toK = LinearExpr.newBuilder();
                    for (int l = 0; l < m; l++) {
                        if (l != k) {
                            fromK.add(y[k][l]);
                            toK.add(y[l][k]);
                        }
                    }
                    model.addEquality(fromK, x[i][k]);
                    model.addEquality(toK, x[j][k]);
                }
            }
        }
        model.minimize(objective);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.getParameters().setNumWorkers(workers);
        solver.getParameters().setRandomSeed(0);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Outcome(Optional.empty(), Optional.empty(), false, status.name());
        }
        int[] assignment = new int[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                if (solver.booleanValue(x[i][k])) {
                    assignment[i] = k;
                }
            }
        }
        return new Outcome(Optional.of(assignment), Optional.of(instance.objective(assignment)),
                status == CpSolverStatus.OPTIMAL, status.name());
    }
}
