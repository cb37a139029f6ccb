/**
 * Routing engine cores (DESIGN §5.3), plain Java over int ids and primitive arrays.
 *
 * <p>Steiner trees in graphs ({@link org.symbiopark.routing.SteinerTreeAlgorithm}): the
 * {@link org.symbiopark.routing.MehlhornSteinerTree} 2-approximation as the baseline, and
 * {@link org.symbiopark.routing.ReductionLocalSearchSteinerTree}: reductions, an exact search
 * on small reduced problems, else a multi-start shortest-path heuristic with local improvement.
 * SteinLib files are read by {@link org.symbiopark.routing.SteinLibReader}.
 *
 * <p>Least-cost paths on rasters: {@link org.symbiopark.routing.AStarGridSearch} over a
 * {@link org.symbiopark.routing.CostGrid} with 8 or 16 neighbours and a documented
 * {@link org.symbiopark.routing.StepCostRule}.
 *
 * <p>Park cost surfaces: {@link org.symbiopark.routing.SurfaceLayers} (a park's layers in its work
 * CRS) → {@link org.symbiopark.routing.CostSurfaceBuilder} (costs from
 * {@link org.symbiopark.routing.CostSurfaceParameters}, memory guarded by
 * {@link org.symbiopark.routing.RasterTooLargeException}) → {@link org.symbiopark.routing.CostSurface};
 * {@link org.symbiopark.routing.LeastCostPathFinder} answers a simplified
 * {@link org.symbiopark.routing.LeastCostPath} between two {@link org.symbiopark.routing.Terminal}s.
 */
package org.symbiopark.routing;
