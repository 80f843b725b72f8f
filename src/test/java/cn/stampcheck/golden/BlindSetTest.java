package cn.stampcheck.golden;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The blind set not yet fixed against (test-data/blind/reports7/: 32 reports written by a helper who
 * never saw the code nor the other sets). Scored with the regression sets' measure and bar; its first
 * score is in the README. Once something is fixed for it, it moves to test-data/regression/.
 */
class BlindSetTest {

    @Test
    void reports7() throws Exception {
        RegressionSetsTest.scoreOnly(Path.of("test-data/blind/reports7"));
    }

    /**
     * Seven reports, one or two per notice, by a later helper (see its LABELS.md); not fixed against yet, so
     * its bar is its first score (F1 0.909: «联谊活动俩场» is read as no figure).
     */
    @Test
    void reports12() throws Exception {
        RegressionSetsTest.scoreOnly(Path.of("test-data/blind/reports12"), 0.90, 0.98);
    }
}
