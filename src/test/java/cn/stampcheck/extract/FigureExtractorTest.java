package cn.stampcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class FigureExtractorTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    /**
     * One row of figures.csv: a progress text, the checked target (keywords, units), the expected figure
     * (value, marker and the exact text it was read from, or nothing), and the item's other targets
     * ({@code kw,kw/unit,unit;…}), which are read along with it. In the text, {@code \n} is a line break.
     */
    @ParameterizedTest(name = "[{index}] {0} / {1} -> {3} {4}")
    @CsvFileSource(resources = "/extract/figures.csv", delimiter = '|', quoteCharacter = '`', nullValues = "",
            maxCharsPerColumn = 4096)
    void reads(String text, String keywords, String units, String value, String marker, String span,
               String others) {
        String t = unescape(text);
        List<FigureQuery> queries = new ArrayList<>();
        queries.add(new FigureQuery(split(keywords, ","), split(units, ",")));
        queries.addAll(parseQueries(others));
        List<Optional<Figure>> got = EXTRACTOR.read(t, queries);
        assertEquals(queries.size(), got.size());
        Optional<Figure> figure = got.get(0);
        if (value == null) {
            assertTrue(figure.isEmpty(), () -> "expected no figure, got " + describe(t, figure.get()));
            return;
        }
        assertTrue(figure.isPresent(), "expected " + value + " " + marker + ", got none");
        Figure f = figure.get();
        assertEquals(0, new BigDecimal(value).compareTo(f.value()), () -> "value: " + describe(t, f));
        assertEquals(Marker.valueOf(marker), f.marker(), () -> "marker: " + describe(t, f));
        if (span != null) {
            assertEquals(unescape(span), t.substring(f.start(), f.end()), () -> "span: " + describe(t, f));
        }
    }

    @Test
    void oneResultPerQueryInOrder() {
        String text = "开展“送法进校园”普法活动6场，“法院开放日”活动4场，送教上门15次。";
        List<FigureQuery> queries = List.of(
                new FigureQuery(List.of("法院开放日"), List.of("场", "场次", "次")),
                new FigureQuery(List.of("不存在的目标"), List.of("个")),
                new FigureQuery(List.of("送教上门"), List.of("次", "场", "场次")),
                new FigureQuery(List.of("送法进校园"), List.of("场", "场次", "次")));
        List<Optional<Figure>> got = EXTRACTOR.read(text, queries);
        assertEquals(4, got.size());
        assertEquals(new BigDecimal(4), got.get(0).orElseThrow().value());
        assertTrue(got.get(1).isEmpty());
        assertEquals(new BigDecimal(15), got.get(2).orElseThrow().value());
        assertEquals(new BigDecimal(6), got.get(3).orElseThrow().value());
        assertEquals("6场", text.substring(got.get(3).get().start(), got.get(3).get().end()));
    }

    @Test
    void emptyInputs() {
        FigureQuery q = new FigureQuery(List.of("戏曲进校园"), List.of("场"));
        assertEquals(List.of(Optional.empty()), EXTRACTOR.read(null, List.of(q)));
        assertEquals(List.of(Optional.empty()), EXTRACTOR.read("", List.of(q)));
        assertEquals(List.of(Optional.empty()), EXTRACTOR.read(" \n　", List.of(q)));
        assertEquals(List.of(), EXTRACTOR.read("开展戏曲进校园活动5场", List.of()));
        assertEquals(List.of(Optional.empty()),
                EXTRACTOR.read("开展戏曲进校园活动5场", List.of(new FigureQuery(List.of(), List.of()))));
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "\uFEFF（一）　截至９月底，已开展“戏曲进校园”活动１５场次；";
        Figure f = EXTRACTOR.read(text, List.of(new FigureQuery(List.of("戏曲进校园"), List.of("场", "场次"))))
                .get(0).orElseThrow();
        assertEquals("１５场次", text.substring(f.start(), f.end()));
        assertEquals(new BigDecimal(15), f.value());
        assertEquals(Marker.CUMULATIVE, f.marker());
    }

    @Test
    void valuesAreWholeWhenWhole() {
        String text = "已完成“两癌”免费检查2.1万名";
        Figure f = EXTRACTOR.read(text, List.of(new FigureQuery(List.of("两癌"), List.of("名")))).get(0).orElseThrow();
        assertEquals("21000", f.value().toString());
    }

    /** The same extractor used by several threads at once gives the answers it gives one at a time. */
    @Test
    void threadSafe() throws Exception {
        List<String[]> rows = rows();
        List<List<Optional<Figure>>> expected = new ArrayList<>();
        for (String[] r : rows) {
            expected.add(readRow(r));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < rows.size(); i++) {
                            if (!readRow(rows.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> fu : futures) {
                assertTrue(fu.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Optional<Figure>> readRow(String[] r) {
        List<FigureQuery> queries = new ArrayList<>();
        queries.add(new FigureQuery(split(col(r, 1), ","), split(col(r, 2), ",")));
        queries.addAll(parseQueries(col(r, 6)));
        return EXTRACTOR.read(unescape(r[0]), queries);
    }

    private static String col(String[] r, int i) {
        return i < r.length && !r[i].isBlank() ? r[i].strip() : null;
    }

    private static List<String[]> rows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FigureExtractorTest.class.getResourceAsStream("/extract/figures.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\\|", -1));
                }
            }
        }
        return rows;
    }

    private static List<FigureQuery> parseQueries(String others) {
        List<FigureQuery> out = new ArrayList<>();
        if (others == null) {
            return out;
        }
        for (String q : others.split(";")) {
            String[] parts = q.strip().split("/");
            out.add(new FigureQuery(split(parts[0], ","), split(parts[1], ",")));
        }
        return out;
    }

    private static List<String> split(String s, String sep) {
        return s == null ? List.of() : Arrays.stream(s.split(sep)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String unescape(String s) {
        return s == null ? "" : s.replace("\\n", "\n").replace("\\r", "\r");
    }

    private static String describe(String text, Figure f) {
        return f.value().toPlainString() + " " + f.marker() + " from '" + text.substring(f.start(), f.end()) + "'";
    }
}
