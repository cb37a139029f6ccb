package org.symbiopark.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QaplibReaderTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(QaplibReaderTest.class.getResource("/qaplib/" + name).toURI());
    }

    @Test
    void theSolutionOfNug12HasItsStatedObjective() throws URISyntaxException {
        QapInstance nug12 = QaplibReader.readInstance(resource("nug12.dat"));
        QaplibSolution solution = QaplibReader.readSolution(resource("nug12.sln"));
        assertThat(nug12.name()).isEqualTo("nug12");
        assertThat(nug12.n()).isEqualTo(12);
        assertThat(nug12.flow()[0][1]).isEqualTo(1);
        assertThat(solution.objective()).isEqualTo(578);
        assertThat(solution.permutation()[0]).isEqualTo(11);
        assertThat(nug12.objective(solution.permutation())).isEqualTo(578);
    }

    @Test
    void freeLayoutAndTheConventionSumAijBpipj() {
        // a on the first line, b spread over lines: objective Σ a[i][j]·b[p(i)][p(j)]
        QapInstance instance = QaplibReader.parseInstance("tiny", "2\n0 3 1 0\n\n0\n5\n7 0\n");
        assertThat(instance.objective(new int[] {0, 1})).isEqualTo(3 * 5 + 1 * 7);
        assertThat(instance.objective(new int[] {1, 0})).isEqualTo(3 * 7 + 1 * 5);
    }

    @Test
    void malformedFilesNameWhatIsWrong() {
        assertThatThrownBy(() -> QaplibReader.parseInstance("x", "2\n0 1 1 0\n0 1 1"))
                .hasMessageContaining("B[2][2]").hasMessageContaining("ends");
        assertThatThrownBy(() -> QaplibReader.parseInstance("x", "2\n0 1 a 0\n0 1 1 0"))
                .hasMessageContaining("'a'");
        assertThatThrownBy(() -> QaplibReader.parseSolution("3 10\n1 1 2"))
                .hasMessageContaining("permutation[2]");
    }
}
