package cn.stampcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.stampcheck.rules.NoticeLoader;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.RulesSource;
import cn.stampcheck.rules.Target;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures the figure extractor against an independent corpus of progress cells written the way
 * department clerks write them (src/test/resources/corpus/figures.tsv). Each row names one target of
 * one rules file and the year-to-date figure a careful committee clerk would take for it (empty: the
 * text reports no progress figure for that target).
 *
 * <p>The extractor is called exactly as the checker calls it: once per progress text, with the queries
 * of all targets of the item in the item's target order. Corpus mistakes (unknown rules file, item
 * without targets, misspelled label, malformed row) fail the test outright; they are never counted as
 * misses.
 */
class FigureCorpusTest {

    private static final String CORPUS = "/corpus/figures.tsv";
    private static final double REQUIRED_ACCURACY = 0.97;

    private record Row(int line, String rules, int item, String label, String text, Optional<BigDecimal> expected) {
    }

    private record Group(String rules, int item, String text) {
    }

    @Test
    void yearToDateFigureIsReadForAtLeast97PercentOfTargets() throws Exception {
        List<Row> rows = readCorpus();
        Map<String, NoticeRules> rulesByName = new HashMap<>();
        for (Row r : rows) {
            if (!rulesByName.containsKey(r.rules())) {
                rulesByName.put(r.rules(), loadRules(r.rules(), r.line()));
            }
        }

        // Validate every row against its rules file before measuring anything.
        Map<Group, List<Row>> groups = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Row r : rows) {
            List<Target> targets = rulesByName.get(r.rules()).targetsOf(r.item());
            if (targets.isEmpty()) {
                fail("figures.tsv line " + r.line() + ": item " + r.item() + " of " + r.rules() + " has no targets");
            }
            if (targets.stream().noneMatch(t -> t.label().equals(r.label()))) {
                fail("figures.tsv line " + r.line() + ": no target labelled \"" + r.label() + "\" in item " + r.item()
                        + " of " + r.rules() + "; its targets are "
                        + targets.stream().map(Target::label).toList());
            }
            if (!seen.add(r.rules() + "\t" + r.item() + "\t" + r.label() + "\t" + r.text())) {
                fail("figures.tsv line " + r.line() + ": duplicate row for " + r.label() + " and the same text");
            }
            groups.computeIfAbsent(new Group(r.rules(), r.item(), r.text()), g -> new ArrayList<>()).add(r);
        }

        FigureExtractor extractor = new FigureExtractor();
        int hits = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<Group, List<Row>> e : groups.entrySet()) {
            Group g = e.getKey();
            List<Target> targets = rulesByName.get(g.rules()).targetsOf(g.item());
            List<FigureQuery> queries = targets.stream()
                    .map(t -> new FigureQuery(t.keywords(), t.unitSpellings()))
                    .toList();
            List<Optional<Figure>> found = extractor.read(g.text(), queries);
            assertEquals(queries.size(), found.size(), "one result per query for " + g);
            for (Row r : e.getValue()) {
                int index = indexOf(targets, r.label());
                Optional<BigDecimal> got = found.get(index).map(Figure::value);
                boolean ok = r.expected().isEmpty()
                        ? got.isEmpty()
                        : got.isPresent() && got.get().compareTo(r.expected().get()) == 0;
                if (ok) {
                    hits++;
                } else {
                    misses.add(String.format("MISS line %d  %s  item %d  %s  expected=%s  got=%s%n      %s",
                            r.line(), r.rules(), r.item(), r.label(),
                            r.expected().map(BigDecimal::toPlainString).orElse("(none)"),
                            got.map(BigDecimal::toPlainString).orElse("(none)"),
                            r.text().replace("\n", "\\n")));
                }
            }
        }

        double accuracy = (double) hits / rows.size();
        misses.forEach(System.out::println);
        String summary = String.format("Figure corpus: %d of %d rows right (%d progress texts), accuracy %.4f, %d misses",
                hits, rows.size(), groups.size(), accuracy, misses.size());
        System.out.println(summary);
        assertTrue(accuracy >= REQUIRED_ACCURACY, summary + " (required " + REQUIRED_ACCURACY + ")");
    }

    private static int indexOf(List<Target> targets, String label) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new IllegalStateException(label);
    }

    private static NoticeRules loadRules(String rules, int line) throws Exception {
        Path file = Path.of("test-data", "rules-drl", rules + ".drl");
        if (!Files.isRegularFile(file)) {
            fail("figures.tsv line " + line + ": no rules file " + file);
        }
        return NoticeLoader.load(RulesSource.of(file, "rules/" + rules + ".drl"));
    }

    private static List<Row> readCorpus() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = FigureCorpusTest.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                fail("corpus " + CORPUS + " not on the test class path");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                int line = i + 1;
                String l = lines[i];
                if (l.isBlank() || (i == 0 && l.startsWith("rules\t"))) {
                    continue;
                }
                String[] f = l.split("\t", -1);
                if (f.length != 5) {
                    fail("figures.tsv line " + line + ": " + f.length + " columns, expected 5");
                }
                int item;
                try {
                    item = Integer.parseInt(f[1].trim());
                } catch (NumberFormatException ex) {
                    throw new AssertionError("figures.tsv line " + line + ": bad item \"" + f[1] + "\"");
                }
                String text = f[3].replace("\\n", "\n");
                if (text.isBlank()) {
                    fail("figures.tsv line " + line + ": empty progress text");
                }
                Optional<BigDecimal> expected;
                try {
                    expected = f[4].isBlank() ? Optional.empty() : Optional.of(new BigDecimal(f[4].trim()));
                } catch (NumberFormatException ex) {
                    throw new AssertionError("figures.tsv line " + line + ": bad expected value \"" + f[4] + "\"");
                }
                rows.add(new Row(line, f[0].trim(), item, f[2], text, expected));
            }
        }
        if (rows.size() < 300) {
            fail("figures.tsv has only " + rows.size() + " rows; the corpus needs at least 300");
        }
        return rows;
    }
}
