package org.symbiopark.siting;

import java.util.List;
import org.symbiopark.exchange.DistanceMethod;
import org.symbiopark.siting.ParkSitingProblem.Costs;
import org.symbiopark.siting.ParkSitingProblem.Placement;

/**
 * A siting of a park's plants and what it costs per year, beside the park's current layout.
 *
 * @param placements     every plant on its parcel, in the problem's item order
 * @param costs          the found layout's objective, currency per year
 * @param currentCosts   the current layout's objective (every plant on the parcel it names), or
 *                       {@code null} when some plant names none
 * @param savingPerYear  current minus found total, or {@code null} without a current layout
 * @param iterations     tabu iterations done
 * @param elapsedMs      search time
 * @param msToBest       when the returned layout was first reached
 * @param distanceMethod how parcel-to-parcel distances were measured: NETWORK (the park's
 *                       road/utility corridors) or STRAIGHT_X_DETOUR
 * @param offNetworkPairs parcel pairs the network does not connect, measured straight × detour
 */
public record ParkSitingResult(List<Placement> placements, Costs costs, Costs currentCosts, Double savingPerYear,
                               long iterations, double elapsedMs, double msToBest, DistanceMethod distanceMethod,
                               int offNetworkPairs) {

    public ParkSitingResult {
        placements = List.copyOf(placements);
    }

    public static ParkSitingResult of(ParkSitingProblem problem, SitingAlgorithm.Result result) {
        Costs found = problem.costs(result.assignment());
        Costs current = problem.currentAssignment().map(problem::costs).orElse(null);
        Double saving = current == null ? null : current.totalPerYear() - found.totalPerYear();
        return new ParkSitingResult(problem.placements(result.assignment()), found, current, saving,
                result.iterations(), result.elapsedNanos() / 1e6, result.msToBest(), problem.distanceMethod(),
                problem.offNetworkPairs());
    }
}
