package org.symbiopark.routing;

/** A plant the network must reach, at the cell of its connection point on the cost grid. */
public record NetworkTerminal(String id, int column, int row) {
}
