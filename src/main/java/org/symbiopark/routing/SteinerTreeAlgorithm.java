package org.symbiopark.routing;

/** A method that finds a tree connecting a problem's terminals at low total edge cost. */
public interface SteinerTreeAlgorithm {

    /**
     * A tree connecting every terminal of {@code problem}.
     *
     * @throws UnreachableTerminalException when some terminal cannot be reached from the others
     */
    SteinerTree solve(SteinerProblem problem, SearchBudget budget);
}
