package org.symbiopark.siting;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded random QAP instances for the tests: asymmetric matrices, optional m > n, forbidden and pinned. */
final class RandomQap {

    private RandomQap() {
    }

    static QapInstance generate(long seed, int n, int m, double forbiddenShare, boolean pinOne) {
        SplittableRandom random = new SplittableRandom(seed);
        long[][] flow = new long[n][n];
        long[][] distance = new long[m][m];
        long[][] linear = new long[n][m];
        boolean[][] forbidden = new boolean[n][m];
        int[] pinned = new int[n];
        Arrays.fill(pinned, -1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                flow[i][j] = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                distance[a][b] = random.nextInt(50);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                linear[i][k] = random.nextInt(100);
                forbidden[i][k] = random.nextDouble() < forbiddenShare;
            }
            // keep the diagonal allowed so a feasible assignment always exists
            forbidden[i][i] = false;
        }
        if (pinOne) {
            int item = random.nextInt(n);
            int location = random.nextInt(m);
            for (int i = 0; i < n; i++) {
                if (i != item) {
                    forbidden[i][location] = true;
                }
            }
            forbidden[item][location] = false;
            pinned[item] = location;
            if (location < n && location != item) {
                // the item whose diagonal location was taken may use the pinned item's own
                forbidden[location][item] = false;
            }
        }
        return new QapInstance("random-" + seed, flow, distance, linear, forbidden, pinned);
    }
}
