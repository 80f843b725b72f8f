package cn.stampcheck.golden;

import cn.stampcheck.files.WorkbookFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.Finding;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.check.TargetCheck;
import cn.stampcheck.cli.ReportFiles;
import cn.stampcheck.rules.RulesLibrary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every sample report of test-data/ through the whole check and compares it with its hand-written
 * {@code <sample>.expected.json}: the rules file, year and quarter, every target's reported figure,
 * status and cell, and every finding's cell, code and item. Messages are tested elsewhere.
 */
public class GoldenTest {

    static final Path TEST_DATA = Path.of("test-data");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportChecker CHECKER = new ReportChecker(new RulesLibrary(List.of(Path.of("rules")), WorkbookFiles::readTable));

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsExpectedResult() throws IOException {
        List<Path> expected = expectedFiles();
        assertFalse(expected.isEmpty(), "no samples under test-data/");
        return expected.stream().map(e -> DynamicTest.dynamicTest(TEST_DATA.relativize(e).toString(), () -> verify(e)));
    }

    /**
     * The developers' samples, test-data/&lt;year&gt;-&lt;place&gt;/. The regression sets under test-data/regression/ (once blind)
     * leave genuinely ambiguous targets unlabelled and are scored against thresholds by {@link RegressionSetsTest};
     * test-data/notices-regression* hold notices for the drafter.
     */
    public static List<Path> expectedFiles() throws IOException {
        try (Stream<Path> s = Files.walk(TEST_DATA)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".expected.json"))
                    .filter(p -> TEST_DATA.relativize(p).getName(0).toString().matches("\\d{4}-.+"))
                    .sorted().toList();
        }
    }

    /** The sample a .expected.json belongs to: the file of the same base name that is not JSON. */
    static Path sampleOf(Path expected) throws IOException {
        String base = expected.getFileName().toString().replace(".expected.json", "");
        try (Stream<Path> s = Files.list(expected.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(base + ".")
                            && !p.getFileName().toString().endsWith(".json"))
                    .findFirst().orElseThrow(() -> new AssertionError("no sample file for " + expected));
        }
    }

    static CheckResult run(Path expectedFile, JsonNode expected) throws Exception {
        JsonNode options = expected.path("options");
        Path rules = options.hasNonNull("rules") ? Path.of(options.get("rules").asText()) : null;
        Integer quarter = options.hasNonNull("quarter") ? options.get("quarter").asInt() : null;
        return CHECKER.check(ReportFiles.read(sampleOf(expectedFile)), rules, quarter);
    }

    private static void verify(Path expectedFile) throws Exception {
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        CheckResult actual = run(expectedFile, expected);
        assertEquals(expected.get("rules").asText(), actual.rules(), "rules file");
        assertEquals(expected.get("year").asInt(), actual.year(), "year");
        assertEquals(expected.get("quarter").asInt(), actual.quarter(), "quarter");
        List<String> wantChecks = new ArrayList<>();
        expected.get("checks").forEach(c -> wantChecks.add(check(c.get("item").asInt(), c.get("target").asText(),
                c.get("reported").isNull() ? null : c.get("reported").decimalValue(), c.get("status").asText(),
                c.get("cell").asText())));
        List<String> gotChecks = actual.checks().stream().map(GoldenTest::check).toList();
        assertSameLines(wantChecks, gotChecks, "checks");
        List<String> wantFindings = new ArrayList<>();
        expected.get("findings").forEach(f -> wantFindings.add(finding(f.get("cell").asText(), f.get("code").asText(),
                f.get("item").isNull() ? null : f.get("item").asInt())));
        List<String> gotFindings = actual.findings().stream().map(GoldenTest::finding).toList();
        assertSameLines(wantFindings, gotFindings, "findings");
    }

    static String check(TargetCheck c) {
        return check(c.target().item(), c.target().label(), c.reported(), c.status().id(), c.cell().address());
    }

    static String check(int item, String target, BigDecimal reported, String status, String cell) {
        return cell + " item " + item + " " + target + " reported=" + (reported == null ? "null"
                : reported.stripTrailingZeros().toPlainString()) + " " + status;
    }

    static String finding(Finding f) {
        return finding(f.cell().address(), f.code().name(), f.item());
    }

    static String finding(String cell, String code, Integer item) {
        return cell + " " + code + " item " + item;
    }

    /** Fails with only the differing lines, so a mismatch in a long list is readable. */
    private static void assertSameLines(List<String> want, List<String> got, String what) {
        List<String> missing = new ArrayList<>(want);
        got.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(got);
        want.forEach(unexpected::remove);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail(what + " differ:\n  expected but not found:\n    " + String.join("\n    ", missing.stream().sorted().toList())
                    + "\n  found but not expected:\n    " + String.join("\n    ", unexpected.stream().sorted().toList()));
        }
    }
}
