package cn.stampcheck.draft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scores the drafter on a folder of notices, each X.txt/.docx/.doc/.pdf beside a hand-written
 * X.expected.json: recall (expected targets reproduced with the same item, threshold, unit and deadline)
 * and precision (drafted targets that are expected; 待确认 suggestions are not counted), per notice and
 * overall. The draft is taken from {@code rules draft NOTICE --format json}, what the clerk sees.
 * Place, units and unit names are compared in simplified characters.
 */
record NoticeSetScore(int notices, int expected, int drafted, int reproduced, List<String> problems) {

    double recall() {
        return expected == 0 ? 1 : (double) reproduced / expected;
    }

    double precision() {
        return drafted == 0 ? 1 : (double) reproduced / drafted;
    }

    @Override
    public String toString() {
        return String.format("recall %d/%d=%.3f precision %d/%d=%.3f%n%s", reproduced, expected, recall(),
                reproduced, drafted, precision(), String.join("\n", problems));
    }

    record Key(int item, BigDecimal threshold, String unit, LocalDate deadline) {
        boolean same(Key o) {
            return item == o.item && threshold != null && o.threshold != null && threshold.compareTo(o.threshold) == 0
                    && Objects.equals(unit, o.unit) && Objects.equals(deadline, o.deadline);
        }

        @Override
        public String toString() {
            return "item " + item + ": " + (threshold == null ? "?" : threshold.stripTrailingZeros().toPlainString())
                    + " " + unit + " by " + deadline;
        }
    }

    static NoticeSetScore score(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> expectedFiles;
        try (Stream<Path> s = Files.list(dir)) {
            expectedFiles = s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        int expectedTotal = 0;
        int reproduced = 0;
        int draftedTotal = 0;
        List<String> problems = new ArrayList<>();
        for (Path ef : expectedFiles) {
            String stem = ef.getFileName().toString().replace(".expected.json", "");
            Path notice = noticeOf(dir, stem);
            JsonNode exp = json.readTree(ef.toFile());
            JsonNode dr = draftJson(json, notice);
            if (dr == null) {
                int n = keys(exp).size();
                System.out.printf("NOTICES %-26s not drafted: recall 0/%d%n", notice.getFileName(), n);
                problems.add("  UNREAD " + stem);
                expectedTotal += n;
                continue;
            }
            NoticeDraft d = Drafter.draft(notice); // for the 待确认 suggestions and quoted sentences only
            List<Key> want = keys(exp);
            List<Key> got = keys(dr);
            boolean[] used = new boolean[got.size()];
            int hit = 0;
            List<Key> missed = new ArrayList<>();
            for (Key w : want) {
                int i = 0;
                while (i < got.size() && (used[i] || !got.get(i).same(w))) {
                    i++;
                }
                if (i < got.size()) {
                    used[i] = true;
                    hit++;
                } else {
                    missed.add(w);
                }
            }
            boolean yearOk = dr.path("year").asInt() == exp.get("year").asInt();
            boolean placeOk = simple(exp.get("place").asText()).equals(dr.path("place").asText());
            int expItems = exp.get("items").size();
            int unitsOk = 0;
            for (JsonNode it : exp.get("items")) {
                List<String> eu = new ArrayList<>();
                it.get("units").forEach(u -> eu.add(simple(u.asText())));
                for (JsonNode di : dr.get("items")) {
                    List<String> du = new ArrayList<>();
                    di.path("units").forEach(u -> du.add(u.asText()));
                    if (di.get("item").asInt() == it.get("item").asInt() && du.equals(eu)) {
                        unitsOk++;
                    }
                }
            }
            System.out.printf("NOTICES %-26s year %s place %s items %d/%d units %d/%d recall %d/%d=%.3f precision %d/%d=%.3f suggestions %d%n",
                    notice.getFileName(), yearOk ? "ok" : "WRONG(" + dr.path("year") + ")",
                    placeOk ? "ok" : "WRONG(" + dr.path("place") + ")", dr.get("items").size(), expItems, unitsOk,
                    expItems, hit, want.size(), want.isEmpty() ? 1.0 : (double) hit / want.size(), hit, got.size(),
                    got.isEmpty() ? 1.0 : (double) hit / got.size(), d.suggestions().size());
            for (DraftTarget t : d.suggestions()) {
                System.out.println("  待确认 " + stem + " item " + t.item() + ": " + t.threshold() + " " + t.unit()
                        + " (" + t.doubt() + ") «" + t.sentence() + "»");
            }
            for (Key m : missed) {
                problems.add("  MISS  " + stem + " " + m);
            }
            for (int i = 0; i < got.size(); i++) {
                if (!used[i]) {
                    problems.add("  FALSE " + stem + " " + got.get(i) + " «" + sentenceOf(d, got.get(i)) + "»");
                }
            }
            if (!yearOk || !placeOk || dr.get("items").size() != expItems) {
                problems.add("  HEADER/ITEMS " + stem);
            }
            expectedTotal += want.size();
            reproduced += hit;
            draftedTotal += got.size();
        }
        NoticeSetScore score = new NoticeSetScore(expectedFiles.size(), expectedTotal, draftedTotal, reproduced, problems);
        System.out.println("NOTICES " + dir + " overall " + score);
        return score;
    }

    /** The notice file of a stem: the file of that name that is not its expected JSON. */
    private static Path noticeOf(Path dir, String stem) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(stem + ".")
                    && !p.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        }
    }

    /** {@code rules draft NOTICE --format json} through the CLI, or null when the notice could not be read. */
    private static JsonNode draftJson(ObjectMapper json, Path notice) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = cn.stampcheck.cli.Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("rules", "draft", notice.toString(), "--format", "json");
        String text = out.toString();
        if (rc == 2) {
            System.out.println("  rules draft " + notice.getFileName() + ": " + err.toString().strip());
            return null;
        }
        assertTrue(rc <= 1 && text.indexOf('{') >= 0, "rules draft " + notice + " exit " + rc + ": " + text + " / " + err);
        return json.readTree(text);
    }

    private static List<Key> keys(JsonNode notice) {
        List<Key> keys = new ArrayList<>();
        for (JsonNode it : notice.get("items")) {
            for (JsonNode t : it.get("targets")) {
                keys.add(new Key(it.get("item").asInt(), new BigDecimal(t.get("threshold").asText()),
                        t.hasNonNull("unit") ? simple(t.get("unit").asText()) : null,
                        t.hasNonNull("deadline") ? LocalDate.parse(t.get("deadline").asText()) : null));
            }
        }
        return keys;
    }

    private static String simple(String s) {
        return Traditional.simplified(s);
    }

    private static String sentenceOf(NoticeDraft d, Key k) {
        for (DraftTarget t : d.targets()) {
            if (t.item() == k.item() && t.threshold().compareTo(k.threshold()) == 0 && Objects.equals(t.unit(), k.unit())) {
                return t.sentence();
            }
        }
        return "?";
    }
}
