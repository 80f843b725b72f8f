package cn.stampcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2024年12月31日|2024-12-31",
        "2024年12月底|2024-12-31",
        "2024年底|2024-12-31",
        "2024年底前|2024-12-31",
        "年底前|2024-12-31",
        "年内|2024-12-31",
        "12月底|2024-12-31",
        "2024.12|2024-12-31",
        "2024-12-31|2024-12-31",
        "2024/6/30|2024-06-30",
        "2024年6月|2024-06-30",
        "2024年\\n12月|2024-12-31",
        "２０２４年１２月３１日|2024-12-31",
        "二〇二四年十二月|2024-12-31",
        "2025年6月底前|2025-06-30",
        "2024年11月中旬|2024-11-20",
        "20241231|2024-12-31",
        "2024年12月31日前完成|2024-12-31",
        "2024年6月30日\\n2024年12月31日|2024-12-31",
    })
    void datesReadAsTheLastDayTheyAllow(String text, String date) {
        DeadlineText d = DeadlineText.parse(text.replace("\\n", "\n"), 2024);
        assertEquals(DeadlineText.Kind.DATE, d.kind(), text);
        assertEquals(LocalDate.parse(date), d.date(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"长期", "持续推进", "已完成", "12", "2024年13月", "按计划", "2024年2月30日"})
    void textThatIsNotADate(String text) {
        assertEquals(DeadlineText.Kind.NOT_A_DATE, DeadlineText.parse(text, 2024).kind(), text);
    }

    @Test
    void oneLineThatIsNotADateSpoilsSeveral() {
        assertEquals(DeadlineText.Kind.NOT_A_DATE, DeadlineText.parse("2024年12月\n长期", 2024).kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "'   '", "'\u3000'"})
    void blankIsEmpty(String text) {
        assertEquals(DeadlineText.Kind.EMPTY, DeadlineText.parse(text, 2024).kind());
    }
}
