package cn.stampcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

    /** Folding maps character to character, so offsets into the folded text are offsets into the original. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "１２场|12场",
        "９２．５％|92.5%",
        "（１）开展|(1)开展",
        "累计，共；合计：|累计,共;合计:",
        "`８　场`|`8 场`",
        "35—64岁|35-64岁",
        "8～14岁|8~14岁",
        "萬兩億|万两亿",
        "队伍陆续|队伍陆续",
        "壹佰贰拾|一百二十",
    })
    void folds(String original, String folded) {
        String f = Folding.fold(original);
        assertEquals(original.length(), f.length());
        assertEquals(folded, f);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a\\r\\nb|a \\nb", "a\\rb|a\\nb"})
    void lineBreaks(String original, String folded) {
        assertEquals(folded.replace("\\n", "\n"), Folding.fold(original.replace("\\r", "\r").replace("\\n", "\n")));
    }
}
