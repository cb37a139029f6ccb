package org.symbiopark.siting;

/**
 * A QAPLIB {@code .sln} file: the size, the optimal or best-known objective and its
 * permutation, here 0-based ({@code permutation[i]} = location of item i).
 */
public record QaplibSolution(int n, long objective, int[] permutation) {
}
