package org.symbiopark.routing;

/**
 * The moves of a grid search, as (column, row) offsets: 8 neighbours (king's moves) or 16
 * (adding the knight's moves, whose directions are 26.6° apart instead of 45°, so paths bend
 * less and come closer to straight lines). The order is fixed: four orthogonal moves, four
 * diagonal ones, then the knight's moves; the search tells the kinds apart by position.
 */
public enum Neighbourhood {
    EIGHT(new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}}),
    SIXTEEN(new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1},
        {1, 2}, {2, 1}, {-1, 2}, {-2, 1}, {1, -2}, {2, -1}, {-1, -2}, {-2, -1}});

    private final int[][] moves;

    Neighbourhood(int[][] moves) {
        this.moves = moves;
    }

    int size() {
        return moves.length;
    }

    int dx(int move) {
        return moves[move][0];
    }

    int dy(int move) {
        return moves[move][1];
    }
}
