package org.symbiopark.routing;

import java.util.List;

/**
 * A shared network for one carrier and what it saves against separate pipes.
 *
 * @param segments         the tree's stretches between terminals and branch points
 * @param lengthM          Σ segment lengths
 * @param costPerYear      Σ segment costs, park currency per year
 * @param pointToPoint     every exchange on its own pipe
 * @param pointToPointLengthM Σ their lengths
 * @param pointToPointCostPerYear Σ their costs
 * @param treeProven       the tree is a proven least-weighted-length tree on the grid graph of the cells
 *                         searched (a window around the terminals, else the whole grid)
 */
public record CarrierNetwork(List<NetworkSegment> segments, double lengthM, double costPerYear,
                             List<PointToPointPipe> pointToPoint, double pointToPointLengthM,
                             double pointToPointCostPerYear, boolean treeProven) {

    public CarrierNetwork {
        segments = List.copyOf(segments);
        pointToPoint = List.copyOf(pointToPoint);
    }

    /** Σ segment metres along existing pipelines reused. */
    public double reusedLengthM() {
        return segments.stream().mapToDouble(NetworkSegment::reusedLengthM).sum();
    }

    /** Σ point-to-point metres along existing pipelines reused. */
    public double pointToPointReusedLengthM() {
        return pointToPoint.stream().mapToDouble(PointToPointPipe::reusedLengthM).sum();
    }

    /** What the shared network saves per year against separate pipes (negative if it costs more). */
    public double savingPerYear() {
        return pointToPointCostPerYear - costPerYear;
    }

    /** The saving as a percentage of the point-to-point cost; 0 when that is 0. */
    public double savingPercent() {
        return pointToPointCostPerYear > 0 ? 100 * savingPerYear() / pointToPointCostPerYear : 0;
    }
}
