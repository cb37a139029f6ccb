package org.symbiopark.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EsriAsciiGridTest {

    @Test
    void writesHeaderRowsNorthFirstAndForbiddenAsNoData() throws IOException {
        CostGrid grid = new CostGrid(3, 2, 10, new double[] {1.5, 2, 10.25, Double.POSITIVE_INFINITY, 0.05, 7});
        StringWriter out = new StringWriter();
        EsriAsciiGrid.write(grid, 500000, 4000000, 2, out);
        assertThat(out.toString()).isEqualTo("""
                ncols 3
                nrows 2
                xllcorner 500000
                yllcorner 4000000
                cellsize 10
                NODATA_value -9999
                1.50 2.00 10.25
                -9999 0.05 7.00
                """);
    }
}
