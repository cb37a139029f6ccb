package org.symbiopark.routing;

/**
 * What a step between two cell centres costs, in cell widths × cell cost.
 * <ul>
 * <li>{@link #CELL_CROSSING} (the default): each cell the straight segment passes through is
 * paid for the length of the segment inside it. An orthogonal step is half in each cell
 * (½c₁ + ½c₂); a diagonal step runs through the shared corner, half its √2 in each cell
 * (√2·(c₁ + c₂)/2); a knight's step (1, 2) passes through four cells, a quarter of its √5 in
 * each. A step touching a forbidden cell, even at a corner, is not allowed, so a path never
 * slips between two diagonal forbidden cells.</li>
 * <li>{@link #GRASS_MEAN}: GRASS GIS {@code r.cost}'s rule, for comparisons: the mean of the two
 * end cells' costs × the step length (1 or √2, in cells); only the end cells must be passable.
 * For knight's steps it falls back to the crossing rule.</li>
 * </ul>
 * For 8 neighbours the two rules give the same cost to every allowed step; they differ only in
 * which diagonal steps beside forbidden cells are allowed.
 */
public enum StepCostRule {
    CELL_CROSSING,
    GRASS_MEAN
}
