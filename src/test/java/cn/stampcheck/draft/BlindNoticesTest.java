package cn.stampcheck.draft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Blind notices (test-data/notices-blind/): four invented notices of other places, years and wordings,
 * each with a hand-written X.expected.json. Drafts each with {@link Drafter#draft(Path)} and scores
 * recall (expected targets reproduced with same item, threshold, unit, deadline) and precision
 * (drafted real targets that are expected; 待确认 suggestions are not counted).
 */
class BlindNoticesTest {

    static final Path DIR = Path.of("test-data/notices-blind");

    /** 2025 周村区, numbered （一）（二）, Chinese numerals, written as .docx with POI. */
    static final String ZHOUCUN = """
            周政办发〔2025〕7号
            周村区人民政府办公室
            关于印发2025年周村区为妇女儿童办实事项目的通知
            各镇人民政府，各街道办事处，区政府各部门，各有关单位：
            为切实解决妇女儿童急难愁盼问题，经区政府研究，确定2025年为全区妇女儿童办好九件实事，现通知如下：
            （一）开展“两癌”免费筛查。为全区35至64周岁适龄妇女免费进行宫颈癌、乳腺癌筛查一万二千人，做到早发现、早诊断、早治疗。（责任单位：区卫生健康局、区妇联）
            （二）推进城乡社区儿童之家建设。依托原有村（社区）活动场所，新建标准化儿童之家十五个，每个儿童之家配备专兼职儿童主任一名。（责任单位：区民政局、区妇联）
            （三）开展巾帼创业就业培训。举办电商直播、手工编织等技能培训班二十期，培训城乡妇女一千五百人次；评选巾帼创业标兵十名。（责任单位：区人力资源社会保障局、区妇联）
            （四）实施困难妇女儿童救助。为困难单亲母亲发放救助金，每人一次性救助二千元；全年救助困难妇女儿童不少于三百名。（责任单位：区民政局、区妇联、区慈善总会）
            （五）开展青少年心理健康关爱行动。为全区中小学生开展心理健康测评，测评覆盖率达到百分之九十五；开展心理健康讲座六十场次。（责任单位：区教育和体育局、团区委）
            （六）建设图书馆少儿阅览分馆。年内建成少儿阅览分馆三处，每处藏书不少于三千册，举办亲子阅读活动五十场以上。（责任单位：区文化和旅游局）
            （七）实施农村留守儿童守护行动。组织大学生志愿者开展暑期陪伴活动，七月底前完成结对帮扶留守儿童二百名。（责任单位：团区委、区民政局）
            （八）开展婚姻家庭辅导服务。在婚姻登记处设立婚姻家庭辅导室一处，全年开展婚姻家庭辅导服务不少于二百人次，调解成功率达到百分之六十以上。（责任单位：区民政局、区妇联）
            （九）实施普惠性学前教育提升工程。新建、改扩建公办幼儿园四所，新增学位一千二百个，普惠性幼儿园覆盖率达到百分之九十以上。（责任单位：区教育和体育局）
            各责任单位要明确专人负责，确保各项实事于2025年年底前完成，每季度末将进展情况报区妇儿工委办公室。联系电话：6412089。
            周村区人民政府办公室
            2025年2月28日
            """;

    /** Writes the .docx notice (one paragraph per line). */
    static void writeDocx(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
    }

    record Key(int item, BigDecimal threshold, String unit, LocalDate deadline) {
        boolean same(Key o) {
            return item == o.item && threshold != null && o.threshold != null && threshold.compareTo(o.threshold) == 0
                    && java.util.Objects.equals(unit, o.unit) && java.util.Objects.equals(deadline, o.deadline);
        }

        @Override
        public String toString() {
            return "item " + item + ": " + (threshold == null ? "?" : threshold.stripTrailingZeros().toPlainString()) + " " + unit + " by " + deadline;
        }
    }

    /** Runs {@code rules draft NOTICE --format json} through the CLI and parses its stdout. */
    static JsonNode draftJson(ObjectMapper json, Path notice) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int rc = cn.stampcheck.cli.Main.commandLine().setOut(new java.io.PrintWriter(out))
                .setErr(new java.io.PrintWriter(err)).execute("rules", "draft", notice.toString(), "--format", "json");
        String text = out.toString();
        assertTrue(rc == 0 && text.indexOf('{') >= 0, "rules draft " + notice + " exit " + rc + ": " + text + " / " + err);
        return json.readTree(text);
    }

    static List<Key> keys(JsonNode notice) {
        List<Key> keys = new ArrayList<>();
        for (JsonNode it : notice.get("items")) {
            for (JsonNode t : it.get("targets")) {
                keys.add(new Key(it.get("item").asInt(), new BigDecimal(t.get("threshold").asText()),
                        t.path("unit").asText(null),
                        t.hasNonNull("deadline") ? LocalDate.parse(t.get("deadline").asText()) : null));
            }
        }
        return keys;
    }

    /** The notice sentence the drafter quoted for a drafted target (API), for the report. */
    static String sentenceOf(NoticeDraft d, Key k) {
        for (DraftItem it : d.items()) {
            for (DraftTarget t : it.targets()) {
                if (!t.suggestion() && t.item() == k.item() && t.threshold() != null
                        && t.threshold().compareTo(k.threshold()) == 0 && java.util.Objects.equals(t.unit(), k.unit())) {
                    return t.sentence();
                }
            }
        }
        return "?";
    }

    @Test
    void blindNotices() throws IOException {
        Path docx = DIR.resolve("2025-zhoucun.docx");
        if (!Files.exists(docx)) {
            writeDocx(docx, ZHOUCUN);
        }
        ObjectMapper json = new ObjectMapper();
        List<Path> expectedFiles;
        try (Stream<Path> s = Files.list(DIR)) {
            expectedFiles = s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        int expectedTotal = 0, reproduced = 0, draftedTotal = 0, draftedRight = 0;
        List<String> problems = new ArrayList<>();
        for (Path ef : expectedFiles) {
            String stem = ef.getFileName().toString().replace(".expected.json", "");
            Path notice = Files.exists(DIR.resolve(stem + ".txt")) ? DIR.resolve(stem + ".txt") : DIR.resolve(stem + ".docx");
            JsonNode exp = json.readTree(ef.toFile());
            NoticeDraft d = Drafter.draft(notice); // for the count of 待确认 suggestions only
            JsonNode dr = draftJson(json, notice); // what the clerk sees: effective deadlines filled in

            List<Key> want = keys(exp);
            List<Key> got = keys(dr);
            List<String> sentences = new ArrayList<>();
            for (JsonNode it : dr.get("items")) {
                for (JsonNode t : it.get("targets")) {
                    sentences.add(t.path("label").asText() + " " + t.path("comparator").asText());
                }
            }

            // one-to-one matching
            boolean[] used = new boolean[got.size()];
            int hit = 0;
            List<Key> missed = new ArrayList<>();
            for (Key w : want) {
                boolean found = false;
                for (int i = 0; i < got.size(); i++) {
                    if (!used[i] && got.get(i).same(w)) {
                        used[i] = true;
                        found = true;
                        hit++;
                        break;
                    }
                }
                if (!found) {
                    missed.add(w);
                }
            }
            boolean yearOk = dr.path("year").asInt() == exp.get("year").asInt();
            boolean placeOk = exp.get("place").asText().equals(dr.path("place").asText());
            int expItems = exp.get("items").size();
            int unitsOk = 0;
            for (JsonNode it : exp.get("items")) {
                int n = it.get("item").asInt();
                List<String> eu = new ArrayList<>();
                it.get("units").forEach(u -> eu.add(u.asText()));
                for (JsonNode di : dr.get("items")) {
                    List<String> du = new ArrayList<>();
                    di.path("units").forEach(u -> du.add(u.asText()));
                    if (di.get("item").asInt() == n && du.equals(eu)) {
                        unitsOk++;
                    }
                }
            }
            double recall = want.isEmpty() ? 1 : (double) hit / want.size();
            double precision = got.isEmpty() ? 1 : (double) hit / got.size();
            System.out.printf("BLIND %-16s year %s place %s items %d/%d units %d/%d recall %d/%d=%.3f precision %d/%d=%.3f suggestions %d%n",
                    notice.getFileName(), yearOk ? "ok" : "WRONG(" + dr.path("year") + ")", placeOk ? "ok" : "WRONG(" + dr.path("place") + ")",
                    dr.get("items").size(), expItems, unitsOk, expItems, hit, want.size(), recall, hit, got.size(), precision,
                    d.suggestions().size());
            for (DraftTarget t : d.suggestions()) {
                System.out.println("  待确认 " + stem + " item " + t.item() + ": " + t.threshold() + " " + t.unit()
                        + " (" + t.doubt() + ") «" + t.sentence() + "»");
            }
            for (Key m : missed) {
                String p = "  MISS  " + stem + " " + m;
                System.out.println(p);
                problems.add(p);
            }
            for (int i = 0; i < got.size(); i++) {
                if (!used[i]) {
                    String p = "  FALSE " + stem + " " + got.get(i) + " [" + sentences.get(i) + "] «" + sentenceOf(d, got.get(i)) + "»";
                    System.out.println(p);
                    problems.add(p);
                }
            }
            if (!yearOk || !placeOk || dr.get("items").size() != expItems) {
                problems.add("  HEADER/ITEMS " + stem);
            }
            expectedTotal += want.size();
            reproduced += hit;
            draftedTotal += got.size();
            draftedRight += hit;
        }
        double recall = (double) reproduced / expectedTotal;
        double precision = draftedTotal == 0 ? 1 : (double) draftedRight / draftedTotal;
        System.out.printf("BLIND overall recall %d/%d=%.3f precision %d/%d=%.3f%n",
                reproduced, expectedTotal, recall, draftedRight, draftedTotal, precision);
        assertTrue(expectedFiles.size() == 4, "four blind notices");
        assertTrue(recall >= 0.90 && precision >= 0.85,
                String.format("recall %.3f precision %.3f%n%s", recall, precision, String.join("\n", problems)));
    }
}
