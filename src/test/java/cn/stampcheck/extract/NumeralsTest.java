package cn.stampcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class NumeralsTest {

    /** Each row: the text, and the number it spells (empty when it is not a number). */
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvFileSource(resources = "/extract/numerals.csv", delimiter = '|', quoteCharacter = '`', nullValues = "")
    void parses(String text, String expected) {
        Optional<BigDecimal> got = Numerals.parse(text == null ? "" : text.replace("\\s", " "));
        if (expected == null) {
            assertTrue(got.isEmpty(), () -> "expected no number, got " + got.get());
        } else {
            assertTrue(got.isPresent(), "expected " + expected + ", got none");
            assertEquals(0, new BigDecimal(expected).compareTo(got.get()), () -> "got " + got.get());
        }
    }

    @Test
    void wholeNumbersHaveScaleZero() {
        assertEquals("100", Numerals.parse("100").orElseThrow().toString());
        assertEquals("21000", Numerals.parse("2.1万").orElseThrow().toString());
        assertEquals("20000", Numerals.parse("两万").orElseThrow().toString());
        assertEquals("92.5", Numerals.parse("92.50").orElseThrow().toString());
    }

    @Test
    void nullIsNoNumber() {
        assertTrue(Numerals.parse(null).isEmpty());
    }
}
