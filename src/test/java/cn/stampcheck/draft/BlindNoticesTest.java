package cn.stampcheck.draft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The drafter scored on notices it was not written for ({@link NoticeSetScore}). test-data/notices-regression/
 * holds four invented notices of other places, years and wordings (once blind, since fixed against); the
 * set of notices in real-world forms is the second test.
 */
class BlindNoticesTest {

    static final Path DIR = Path.of("test-data/notices-regression");
    static final Path FORMS = Path.of("test-data/notices-regression2");

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

    @Test
    void regressionNotices() throws IOException {
        Path docx = DIR.resolve("2025-zhoucun.docx");
        if (!Files.exists(docx)) {
            writeDocx(docx, ZHOUCUN);
        }
        NoticeSetScore score = NoticeSetScore.score(DIR);
        assertTrue(score.notices() == 4, "four regression notices");
        assertTrue(score.recall() >= 0.90 && score.precision() >= 0.85, score.toString());
    }




    /**
     * Notices in the forms clerks get them (test-data/notices-regression2/, by a separate author, see its
     * LABELS.md; blind when first scored, since fixed against): a web page pasted as one paragraph, a press
     * release, .doc, .pdf, .docx with a 附件 table, GBK text, traditional characters. The drafter must
     * reproduce 85% of the hand-listed targets at 85% precision.
     */
    @Test
    void realFormNotices() throws IOException {
        NoticeSetScore score = NoticeSetScore.score(FORMS);
        assertTrue(score.notices() == 8, "eight notices");
        assertTrue(score.recall() >= 0.85 && score.precision() >= 0.85, score.toString());
    }

    /**
     * Sets of six notices, each by a helper who never saw the code, blind when first scored and fixed against
     * since (each folder's LABELS.md says what it holds; the README gives each first score):
     * <ul>
     *   <li>3 — items only in a 附件 table with a time per row, 牵头/配合单位, .pdf, .doc, indented paragraphs
     *       (first 0.68 / 0.98);</li>
     *   <li>4 — Word's automatic list numbers, an e-mail forward, running headers, 实事一：, revisions (原为…)
     *       and ranges (0.27 / 0.63);</li>
     *   <li>5 — group headings, tracked changes, quarterly shares, a landscape .pdf whose table runs over pages
     *       ({@link PdfTable}), districts' shares (0.54 / 0.55);</li>
     *   <li>6 — "3.8月底前…", 两项…均, a date two clauses back, 新增学位 after 新建, 选取…个 (0.80 / 0.93);</li>
     *   <li>7 — 八成, rates listed without 均, 由N增加到M, 各打造1处, “六一”儿童节前 (0.97 / 0.96);</li>
     *   <li>8 — a two-column .pdf, a 主要任务 table with merged cells in a .doc, seasons (汛期前), 各 over
     *       things joined by 和 (0.58 / 0.68).</li>
     * </ul>
     * Each must now draft 95% of its hand-listed targets at 95% precision.
     */
    @ParameterizedTest
    @ValueSource(strings = {"notices-regression3", "notices-regression4", "notices-regression5",
        "notices-regression6", "notices-regression7", "notices-regression8"})
    void blindSetsFixedAgainst(String set) throws IOException {
        NoticeSetScore score = NoticeSetScore.score(Path.of("test-data", set));
        assertTrue(score.notices() == 6, "six notices");
        assertTrue(score.recall() >= 0.95 && score.precision() >= 0.95, score.toString());
    }

    /**
     * Six notices still blind (test-data/notices-blind/notices14/, by a helper who never saw the code, see its
     * LABELS.md): scored, not fixed against; the first score is in the README and is the bar.
     */
    @Test
    void blindNotices() throws IOException {
        NoticeSetScore score = NoticeSetScore.score(Path.of("test-data/notices-blind/notices14"));
        assertTrue(score.notices() == 6, "six notices");
        assertTrue(score.recall() >= 0.71 && score.precision() >= 0.81, score.toString());
    }
}
