package cn.stampcheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The file-name stem that pairs a department's reports of two quarters. */
class PairingTest {

    @Test
    void yearAndQuarterWordsAreNotPartOfTheStem() {
        String q2 = Pairing.stem(Path.of("a/区教体局2024年第二季度进展情况.xlsx"));
        assertEquals("区教体局进展情况", q2);
        assertEquals(q2, Pairing.stem(Path.of("b/区教体局 2024年第3季度 进展情况.xls")));
        assertEquals(q2, Pairing.stem(Path.of("区教体局2024Q4进展情况.ods")));
        assertEquals(q2, Pairing.stem(Path.of("区教体局2024年上半年进展情况.xlsx")));
        assertEquals(q2, Pairing.stem(Path.of("区教体局（2024年1-9月）进展情况.xlsx")));
        assertNotEquals(q2, Pairing.stem(Path.of("区卫健局2024年第三季度进展情况.xlsx")));
    }
}
