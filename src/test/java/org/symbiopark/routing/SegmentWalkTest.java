package org.symbiopark.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentWalkTest {

    private static List<String> walk(double x0, double y0, double x1, double y1) {
        List<String> seen = new ArrayList<>();
        SegmentWalk.walk(x0, y0, x1, y1, new SegmentWalk.CellVisitor() {
            @Override
            public void cell(int column, int row, double lengthCells) {
                seen.add(column + "," + row + ":" + Math.round(lengthCells * 1e6) / 1e6);
            }

            @Override
            public void corner(int column, int row, int nextColumn, int nextRow) {
                seen.add("corner " + column + "," + row + "->" + nextColumn + "," + nextRow);
            }
        });
        return seen;
    }

    @Test
    void aKnightsStepSpendsAQuarterOfItsLengthInEachOfFourCells() {
        double quarter = Math.round(Math.sqrt(5) / 4 * 1e6) / 1e6;
        assertThat(walk(0.5, 0.5, 1.5, 2.5)).containsExactly("0,0:" + quarter, "0,1:" + quarter, "1,1:" + quarter,
                "1,2:" + quarter);
    }

    @Test
    void aDiagonalStepPassesThroughTheCorner() {
        double half = Math.round(Math.sqrt(2) / 2 * 1e6) / 1e6;
        assertThat(walk(0.5, 0.5, 1.5, 1.5)).containsExactly("0,0:" + half, "corner 0,0->1,1", "1,1:" + half);
    }

    @Test
    void aSegmentOnAGridLineIsSharedByBothSides() {
        assertThat(walk(1, 0.5, 1, 1.5)).containsExactly("0,0:0.25", "1,0:0.25", "0,1:0.25", "1,1:0.25");
    }

    @Test
    void lengthsAddUpToTheSegment() {
        double[] sum = {0};
        SegmentWalk.walk(0.3, 7.9, 13.7, 2.2, (c, r, l) -> sum[0] += l);
        assertThat(sum[0]).isCloseTo(Math.hypot(13.4, 5.7), within(1e-12));
    }
}
