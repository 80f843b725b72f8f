package cn.stampcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quarter round written by a helper who never saw the code (test-data/blind/round1: a folder as the
 * committee office receives it, two quarters of several departments, files that are no reports, and hand
 * labels beside it in {@code labels/}). The overview of the folder is held to the bar exactly (one
 * 总览 row per file showing the error count that file's own check gives, every finding in 问题清单, the
 * folder unchanged, each copy of a report marked one quarter earlier with one figure higher giving
 * FIGURE_DECREASED at that cell and nowhere else) and scored against the labels: the 总览 rows field by
 * field, the findings as a multiset (F1) and the figures.
 */
class QuarterRoundSetTest {

    static final Path SET = Path.of("test-data/blind/round1");
    static final Path FOLDER = SET.resolve("folder");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theOverviewOfAnUnseenRound() throws Exception {
        Map<Path, String> before = OverviewTest.hashes(List.of(FOLDER));
        Path out = tmp.resolve("总览.xlsx");
        CliRun run = CliRun.of("check", "--overview", out.toString(), FOLDER.toString());
        assertEquals(before, OverviewTest.hashes(List.of(FOLDER)), "nothing in the folder changed");
        assertEquals(2, run.status(), "some files are no reports: the worst status is 无法核查 " + run.err());

        Map<String, List<List<String>>> sheets = OverviewTest.read(out);
        List<List<String>> header = sheets.get("总览").subList(0, 1);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> row : sheets.get("总览").subList(1, sheets.get("总览").size())) {
            rows.put(row.get(0), row);
        }
        Map<String, List<String>> findings = new HashMap<>();
        for (List<String> row : sheets.get("问题清单").subList(1, sheets.get("问题清单").size())) {
            findings.computeIfAbsent(row.get(0), k -> new ArrayList<>())
                    .add(finding(row.get(2), row.get(5), row.get(3).isEmpty() ? null : Integer.valueOf(row.get(3))));
        }
        int column = header.get(0).indexOf("错误");

        // the bar, exactly: one row per file (lock files passed over), its errors as its own check counts them
        List<String> files;
        try (Stream<Path> s = Files.walk(FOLDER)) {
            files = s.filter(Files::isRegularFile).map(p -> FOLDER.relativize(p).toString())
                    .filter(p -> !Path.of(p).getFileName().toString().startsWith(".~lock")).sorted().toList();
        }
        assertEquals(files, List.copyOf(rows.keySet()), "one 总览 row per file, in path order");
        for (String file : files) {
            List<String> row = rows.get(file);
            if (row.get(header.get(0).indexOf("状态")).equals("无法核查")) {
                assertTrue(!findings.containsKey(file), file);
                continue;
            }
            JsonNode alone = checkAlone(file, pairedWith(row, header.get(0)));
            List<String> own = new ArrayList<>();
            alone.get("findings").forEach(f -> own.add(finding(f.get("cell").asText(), f.get("code").asText(),
                    f.get("item").isNull() ? null : f.get("item").asInt())));
            long errors = 0;
            for (JsonNode f : alone.get("findings")) {
                errors += f.get("severity").asText().equals("error") ? 1 : 0;
            }
            assertEquals(Long.toString(errors), row.get(column), file + ": its error count");
            assertEquals(own, findings.getOrDefault(file, List.of()), file + ": every finding in 问题清单");
        }

        score(rows, header.get(0), findings);
    }

    /** The file the 上季度对比 column names, found in the folder; null when it names none. */
    private static String pairedWith(List<String> row, List<String> header) throws Exception {
        String said = row.get(header.indexOf("上季度对比"));
        if (!said.startsWith("与 ")) {
            return null;
        }
        String name = said.substring(2, said.lastIndexOf("（"));
        try (Stream<Path> s = Files.walk(FOLDER)) {
            List<String> named = s.filter(p -> p.getFileName().toString().equals(name))
                    .map(p -> FOLDER.relativize(p).toString()).toList();
            assertEquals(1, named.size(), said);
            return named.get(0);
        }
    }

    private static JsonNode checkAlone(String file, String previous) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        if (previous != null) {
            args.addAll(List.of("--previous", FOLDER.resolve(previous).toString()));
        }
        args.add(FOLDER.resolve(file).toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertTrue(run.status() <= 1, file + ": " + run.err());
        return JSON.readTree(run.out());
    }

    static String finding(String cell, String code, Integer item) {
        return cell + " " + code + " " + item;
    }

    /** The labels' view: agreement of the 总览 rows, findings F1 and figures; the first score is in the README. */
    private static void score(Map<String, List<String>> rows, List<String> header,
                              Map<String, List<String>> findings) throws Exception {
        List<String> disagreements = new ArrayList<>();
        int fields = 0;
        int fieldsRight = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int targets = 0;
        int figuresRight = 0;
        for (JsonNode label : JSON.readTree(SET.resolve("labels/overview.json").toFile())) {
            String file = label.get("file").asText();
            List<String> row = rows.get(file);
            if (label.has("listed") && !label.get("listed").asBoolean()) {
                fields++;
                fieldsRight += row == null ? 1 : 0;
                if (row != null) {
                    disagreements.add(file + ": listed, expected passed over");
                }
                continue;
            }
            if (row == null) {
                disagreements.add(file + ": not listed");
                fields += 6;
                continue;
            }
            String paired = pairedWith(row, header);
            Map<String, Object[]> compare = new LinkedHashMap<>();
            compare.put("status", new Object[] {label.get("status").asText(), row.get(header.indexOf("状态"))});
            boolean checked = !label.get("status").asText().equals("无法核查");
            compare.put("errors", new Object[] {checked ? label.get("errors").asText() : "",
                    row.get(header.indexOf("错误"))});
            compare.put("warnings", new Object[] {checked ? label.get("warnings").asText() : "",
                    row.get(header.indexOf("提醒"))});
            compare.put("quarter", new Object[] {label.get("quarter").isNull() ? "" : label.get("quarter").asText(),
                    row.get(header.indexOf("季度"))});
            compare.put("rules", new Object[] {label.get("rules").isNull() ? "" : label.get("rules").asText(),
                    row.get(header.indexOf("规则"))});
            compare.put("pairedWith", new Object[] {label.get("pairedWith").isNull() ? null : label.get("pairedWith").asText(),
                    paired});
            for (var e : compare.entrySet()) {
                fields++;
                if (Objects.equals(e.getValue()[0], e.getValue()[1])) {
                    fieldsRight++;
                } else {
                    disagreements.add(file + ": " + e.getKey() + " expected " + e.getValue()[0] + ", got " + e.getValue()[1]);
                }
            }

            Path expectedFile = SET.resolve("labels").resolve(file + ".expected.json");
            if (!Files.exists(expectedFile) || !checked) {
                continue;
            }
            JsonNode expected = JSON.readTree(expectedFile.toFile());
            List<String> want = new ArrayList<>();
            expected.get("findings").forEach(f -> want.add(finding(f.get("cell").asText(), f.get("code").asText(),
                    f.get("item").isNull() ? null : f.get("item").asInt())));
            List<String> got = findings.getOrDefault(file, List.of());
            List<String> missed = new ArrayList<>(want);
            got.forEach(missed::remove);
            List<String> extra = new ArrayList<>(got);
            want.forEach(extra::remove);
            tp += want.size() - missed.size();
            fn += missed.size();
            fp += extra.size();
            missed.forEach(m -> disagreements.add(file + ": finding expected but not found: " + m));
            extra.forEach(m -> disagreements.add(file + ": finding found but not expected: " + m));

            if (row.get(header.indexOf("状态")).equals("无法核查")) {
                targets += expected.get("checks").size();
                continue;
            }
            Map<String, JsonNode> byTarget = new HashMap<>();
            checkAlone(file, paired).get("checks").forEach(c -> byTarget.put(c.get("item").asInt() + " " + c.get("target").asText(), c));
            for (JsonNode c : expected.get("checks")) {
                targets++;
                String key = c.get("item").asInt() + " " + c.get("target").asText();
                JsonNode have = byTarget.get(key);
                BigDecimal wanted = c.get("reported").isNull() ? null : c.get("reported").decimalValue();
                BigDecimal reported = have == null || have.get("reported") == null || have.get("reported").isNull() ? null
                        : have.get("reported").decimalValue();
                if (wanted == null ? reported == null : reported != null && wanted.compareTo(reported) == 0) {
                    figuresRight++;
                } else {
                    disagreements.add(file + ": figure " + key + " at " + c.get("cell").asText() + " expected " + wanted
                            + ", got " + reported);
                }
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.println("== " + SET + ":");
        disagreements.forEach(d -> System.out.println("  " + d));
        System.out.printf("== 总览 fields %d/%d; findings tp=%d fp=%d fn=%d F1=%.4f; figures %d/%d%n", fieldsRight, fields,
                tp, fp, fn, f1, figuresRight, targets);
        assertTrue(f1 >= 0.95 && figuresRight >= 0.97 * targets && fieldsRight >= 0.95 * fields, String.format(
                "F1 %.4f (need 0.95), figures %d/%d (need 97%%), 总览 fields %d/%d (need 95%%)", f1, figuresRight, targets,
                fieldsRight, fields));
    }

    /** The bar: each copy of a report marked one quarter earlier with one figure higher. */
    @Test
    void eachEarlierCopyGivesOneFigureDecreasedAtItsCell() throws Exception {
        for (JsonNode copy : JSON.readTree(SET.resolve("labels/copies.json").toFile())) {
            String report = copy.get("report").asText();
            JsonNode alone = checkAlone(report, null);
            JsonNode compared = checkAlone(report, copy.get("earlier").asText());
            List<String> without = new ArrayList<>();
            alone.get("findings").forEach(f -> without.add(f.get("cell").asText() + " " + f.get("code").asText()));
            List<String> added = new ArrayList<>();
            compared.get("findings").forEach(f -> added.add(f.get("cell").asText() + " " + f.get("code").asText()));
            for (String f : without) {
                assertTrue(added.remove(f), report + ": compared, it still has " + f);
            }
            assertEquals(List.of(copy.get("cell").asText() + " " + copy.get("code").asText()), added, report);
        }
    }
}
