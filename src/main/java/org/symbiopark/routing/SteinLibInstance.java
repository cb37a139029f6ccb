package org.symbiopark.routing;

import java.util.OptionalDouble;

/**
 * A SteinLib instance: its name, the problem (file node {@code i} is node {@code i - 1}) and the
 * optimum the file states, if any.
 */
public record SteinLibInstance(String name, SteinerProblem problem, OptionalDouble optimal) {

    /** The file's number of a problem node. */
    public static int fileNode(int node) {
        return node + 1;
    }
}
