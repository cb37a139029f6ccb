package org.symbiopark.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SteinLibReaderTest {

    /*
     * The fixture, terminals marked *:
     *
     *   1* --3-- 2 --4-- 3*
     *   |                |
     *   1                1
     *   |                |
     *   4 ------2------- 5
     *
     * The optimum joins 1 and 3 through 4 and 5: cost 1 + 2 + 1 = 4 (the top path costs 7).
     */
    private static final String FIXTURE = """
            33D32945 STP File, STP Format Version 1.0

            SECTION Comment
            Name    "tiny"
            Remark  "drawn in the test"
            END

            SECTION Graph
            Optimal 4
            Nodes 5
            Edges 5
            E 1 2 3
            E 2 3 4
            e 1 4 1
            E 4 5 2
            E 5 3 1
            END

            SECTION Terminals
            Terminals 2
            T 1
            T 3
            END

            EOF
            """;

    @Test
    void readsGraphTerminalsAndOptimum() throws IOException {
        SteinLibInstance instance = new SteinLibReader().read(new StringReader(FIXTURE), "fallback");
        SteinerProblem p = instance.problem();
        assertThat(instance.name()).isEqualTo("tiny");
        assertThat(instance.optimal()).hasValue(4);
        assertThat(p.nodeCount()).isEqualTo(5);
        assertThat(p.edgeCount()).isEqualTo(5);
        assertThat(p.terminals()).containsExactly(0, 2);
        assertThat(p.edgeU(2)).isEqualTo(0);
        assertThat(p.edgeV(2)).isEqualTo(3);
        assertThat(p.edgeCost(1)).isEqualTo(4);
        SteinerTree tree = new ReductionLocalSearchSteinerTree().solve(p, new SearchBudget(1, 1));
        assertThat(tree.cost()).isEqualTo(4);
        assertThat(tree.edges()).containsExactlyInAnyOrder(2, 3, 4);
    }

    @Test
    void aNodeOutsideTheGraphIsReportedWithItsLine() {
        String bad = FIXTURE.replace("E 5 3 1", "E 5 9 1");
        assertThatThrownBy(() -> new SteinLibReader().read(new StringReader(bad), "bad"))
                .isInstanceOf(IOException.class).hasMessageContaining("node 9 outside 1..5");
    }
}
