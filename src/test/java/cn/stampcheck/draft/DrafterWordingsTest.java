package cn.stampcheck.draft;

import static org.junit.jupiter.api.Assertions.*;

import cn.stampcheck.rules.Comparator;
import cn.stampcheck.rules.NoticeLoader;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.NoticeSheet;
import cn.stampcheck.rules.NoticeTable;
import cn.stampcheck.rules.Schedule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Notices worded unlike the five in the repository: other numberings, comparators, numerals and deadlines. */
class DrafterWordingsTest {

    private static NoticeDraft draft(String text) {
        return Drafter.draft(NoticeText.of(text, "notice.txt"));
    }

    private static NoticeRules compile(NoticeDraft d) throws Exception {
        return NoticeLoader.load(new Workbook("draft.xlsx", List.of(DraftTable.of(d).grid())), "draft.xlsx");
    }

    private static DraftTarget only(NoticeDraft d, int item) {
        List<DraftTarget> ts = d.items().get(item - 1).targets().stream().filter(t -> !t.suggestion()).toList();
        assertEquals(1, ts.size(), "targets of item " + item + ": " + ts);
        return ts.get(0);
    }

    @Test
    void arabicNumberingWithLeadUnitsAndAtMost() throws Exception {
        NoticeDraft d = draft("""
                莱城区人民政府办公室
                关于2025年为全区妇女儿童办实事的通知
                1.建设儿童之家。年底前新建儿童之家二十个。（牵头单位：区妇联；配合单位：区民政局）
                2．控制学生近视率。全区中小学生近视率控制在50%以内。（牵头单位：区教体局）
                3. 开展宣讲。6月底前开展宣讲活动不少于十二场，覆盖群众2.5万人次以上。（牵头单位：区司法局、区妇联）
                各单位于每季度末报送。联系电话：6123456。
                """);
        assertEquals(2025, d.year());
        assertEquals("莱城区", d.place());
        assertEquals(3, d.items().size());
        assertEquals("建设儿童之家", d.items().get(0).name());
        assertEquals(List.of("区妇联", "区民政局"), d.items().get(0).units());
        DraftTarget home = only(d, 1);
        assertEquals(0, home.threshold().compareTo(BigDecimal.valueOf(20)));
        assertEquals("个", home.unit());
        assertTrue(home.keywords().contains("儿童之家"), home.keywords().toString());
        DraftTarget rate = only(d, 2);
        assertEquals(Comparator.AT_MOST, rate.comparator());
        assertEquals("%", rate.unit());
        List<DraftTarget> talks = d.items().get(2).targets();
        assertEquals(2, talks.size(), talks.toString());
        assertEquals(LocalDate.of(2025, 6, 30), talks.get(0).deadline());
        assertEquals(0, talks.get(0).threshold().compareTo(BigDecimal.valueOf(12)));
        assertEquals(0, talks.get(1).threshold().compareTo(BigDecimal.valueOf(25000)));
        assertEquals("人次", talks.get(1).unit());
        NoticeRules rules = compile(d);
        assertEquals(4, rules.targets().size());
        // the June date is the talks' own clause's; the reach of 2.5万人次, in a clause of its own, is due at year end
        assertEquals(null, talks.get(1).deadline());
        assertEquals(LocalDate.of(2025, 12, 31), rules.item(3).orElseThrow().deadline());
        assertEquals(Schedule.BY_DEADLINE, rules.targetsOf(3).get(0).schedule());
    }

    /**
     * A target is known by what it counts, not by the places or other counts before it (在10个镇街各打造1处儿童之家，
     * 共10处; 为52所学校安装直饮水设备260台) nor by where it starts (托位总数由1860个增加到2300个).
     */
    @Test
    void keywordsNameWhatIsCounted() {
        NoticeDraft d = draft("样本市人民政府办公室\n关于2025年为全市妇女儿童办实事的通知\n"
                + "一、儿童之家。在全市10个镇街各打造1处示范型儿童之家，共10处。（责任单位：市妇联）\n"
                + "二、直饮水。为52所农村中小学校安装直饮水设备260台。（责任单位：市教育局）\n"
                + "三、托位。全市托位总数由2025年的1860个增加到2300个。（责任单位：市卫生健康委）\n");
        DraftTarget total = only(d, 1);
        assertEquals(0, total.threshold().compareTo(BigDecimal.TEN));
        assertTrue(total.keywords().contains("儿童之家"), total.keywords().toString());
        assertTrue(total.keywords().stream().noneMatch(k -> k.contains("镇街")), total.keywords().toString());
        DraftTarget water = d.items().get(1).targets().get(1);
        assertEquals("直饮水设备", water.label());
        assertTrue(water.keywords().stream().noneMatch(k -> k.contains("所")), water.keywords().toString());
        DraftTarget places = only(d, 3);
        assertEquals(0, places.threshold().compareTo(BigDecimal.valueOf(2300)));
        assertTrue(places.keywords().contains("托位总数"), places.keywords().toString());
    }

    /** "3.8月底前…" is item 3 with a date, not the decimal 3.8; a decimal line stays inside its item. */
    @Test
    void anItemNumberRightBeforeADate() {
        NoticeDraft d = draft("""
                五莲县人民政府办公室
                关于印发2025年五莲县为妇女儿童办实事项目的通知
                　　1.开展“两癌”免费筛查1.5万名。（牵头单位：县卫生健康局）
                　　2.8月底前新建城乡社区“儿童之家”20个。（牵头单位：县民政局）
                　　3.2025年底前评选“最美家庭”100户，
                　　3.5万名妇女参与。（牵头单位：县妇联）
                """);
        assertEquals(3, d.items().size(), d.items().toString());
        assertEquals(LocalDate.of(2025, 8, 31), only(d, 2).deadline());
        assertEquals(2, d.items().get(2).targets().stream().filter(t -> !t.suggestion()).count());
    }

    @Test
    void parenthesisedNumberingAndNonGoals() throws Exception {
        NoticeDraft d = draft("""
                某某县人民政府办公室
                关于印发2026年为全县妇女儿童办实事项目的通知
                （一）关爱困境儿童。依托12个儿童之家，为0-16岁困境儿童每人每月发放补贴300元，年内开展关爱活动至少30次。（责任单位：县民政局）
                （二）开展两癌检查。对全县35-64岁妇女8000人进行免费检查，2026年9月30日前完成。（责任单位：县卫健局）
                （三）提升托育服务。每千人口拥有3岁以下婴幼儿托位数达到4.5个。（责任单位：县卫健局）
                """);
        assertEquals(2026, d.year());
        assertEquals("某某县", d.place());
        assertEquals(3, d.items().size());
        DraftTarget care = only(d, 1);
        assertEquals(0, care.threshold().compareTo(BigDecimal.valueOf(30)));
        assertEquals("次", care.unit());
        assertTrue(d.items().get(0).targets().stream().anyMatch(t -> t.suggestion() && t.unit().equals("个")),
                "依托12个 is only a suggestion: " + d.items().get(0).targets());
        DraftTarget check = only(d, 2);
        assertEquals(0, check.threshold().compareTo(BigDecimal.valueOf(8000)));
        assertEquals(LocalDate.of(2026, 9, 30), check.deadline());
        assertEquals(0, only(d, 3).threshold().compareTo(new BigDecimal("4.5")), "a decimal threshold");
        NoticeSheet table = DraftTable.of(d);
        int amount = NoticeTable.COLUMNS.indexOf("数值");
        List<String> amounts = table.rows().stream().map(r -> r.get(amount) + r.get(amount + 1)).toList();
        assertTrue(amounts.contains("4.5个"), amounts.toString());
        assertTrue(table.notes().stream().anyMatch(n -> n.contains("待确认：")), table.notes().toString());
        assertFalse(amounts.stream().anyMatch(a -> a.startsWith("300") || a.contains("6123456")), amounts.toString());
        compile(d);
    }

    @Test
    void inlineOrdinalsYiShiErShi() throws Exception {
        NoticeDraft d = draft("""
                示范市人民政府办公室
                2025年为全市妇女儿童办实事的通知
                今年重点办好以下实事：一是举办“春蕾助学”活动，资助困难女童500名，由市妇联牵头；二是新建母婴室15处，由市卫健委牵头；三是开展“法治进家庭”宣讲不少于40场。
                """);
        assertEquals(3, d.items().size(), d.items().toString());
        assertEquals(0, only(d, 2).threshold().compareTo(BigDecimal.valueOf(15)));
        assertEquals("处", only(d, 2).unit());
        DraftTarget law = only(d, 3);
        assertEquals(List.of("法治进家庭"), law.keywords().subList(0, 1));
        compile(d);
    }

    @Test
    void semicolonProse() {
        NoticeDraft d = draft("""
                样本区妇女儿童工作委员会
                关于2025年为全区妇女儿童办实事的通知
                2025年为全区妇女儿童办好以下实事：新建儿童友好社区5个；开展家庭教育讲座60场；为3000名妇女提供技能培训。
                """);
        assertEquals(3, d.items().size(), d.items().toString());
        assertEquals("个", only(d, 1).unit());
        assertEquals("场", only(d, 2).unit());
        assertEquals(0, only(d, 3).threshold().compareTo(BigDecimal.valueOf(3000)));
    }

    @Test
    void quotedNamesOrdinalsAndDatesAreNoTargets() {
        NoticeDraft d = draft("""
                临淄区人民政府办公室
                关于做好2024年为全区妇女儿童办实事工作的通知
                一、办好赛事。举办“第四届经典诵读大赛”，确保“4个100%”达标，2024年5月31日启动，开展读书活动8场。（责任单位：区文旅局）
                二、收尾。（责任单位：区妇联）
                """);
        List<DraftTarget> ts = d.items().get(0).targets();
        assertEquals(1, ts.size(), ts.toString());
        assertEquals(0, ts.get(0).threshold().compareTo(BigDecimal.valueOf(8)));
        assertTrue(d.items().get(1).targets().isEmpty());
    }

    @Test
    void readsDocxAndGbkText(@TempDir Path tmp) throws Exception {
        String text = "淄博区人民政府办公室\n关于2025年为全区妇女儿童办实事的通知\n一、建设书房。建设城市书房3处。（责任单位：区文旅局）\n二、开展培训。培训妇女200人。（责任单位：区妇联）\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(bytes);
        }
        Path docx = tmp.resolve("notice.docx");
        Files.write(docx, bytes.toByteArray());
        NoticeDraft fromDocx = Drafter.draft(docx);
        assertEquals(2, fromDocx.items().size());
        assertEquals(2025, fromDocx.year());
        assertEquals(0, only(fromDocx, 1).threshold().compareTo(BigDecimal.valueOf(3)));

        Path gbk = tmp.resolve("notice.txt");
        Files.write(gbk, text.getBytes(Charset.forName("GB18030")));
        assertEquals(fromDocx.items(), Drafter.draft(gbk).items());
        assertEquals(2, NoticeText.docx(new ByteArrayInputStream(bytes.toByteArray()), "x.docx").lines().stream()
                .filter(l -> l.startsWith("一、") || l.startsWith("二、")).count());
    }

    @Test
    void layoutLineBreaksInsideWordsAreJoined() {
        NoticeDraft d = draft("""
                高青县人民政府办公室
                关于 2024年为全县妇女儿童办实事的通知

                一、实施家庭教育指导服务行动。年内培训家庭教育骨干不少于 50

                人。（责

                任单位：县妇联、县教育和体育局）

                二、实施巾帼促就业计划。全县开展家政培训 20场次。（责任单位：

                县人力资源社会保障局、县妇联）
                """);
        assertEquals(List.of("县妇联", "县教育和体育局"), d.items().get(0).units());
        assertEquals("人", only(d, 1).unit());
        assertEquals(List.of("县人力资源社会保障局", "县妇联"), d.items().get(1).units());
    }

    /**
     * One item's text → its real targets ("12000人", "95%@06-30" with a deadline other than the year's end)
     * and its 待确认 suggestions, in order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Chinese numerals with 万 and 百分之
            免费进行宫颈癌、乳腺癌筛查一万二千人。                               | 12000人             | -
            测评覆盖率达到百分之九十五；开展心理健康讲座六十场次。               | 95% 60场次          | -
            调解成功率达到百分之六十以上。                                       | 60%                 | -
            普惠性幼儿园覆盖率达到百分之九十以上，新增学位一千二百个。           | 90% 1200个          | -
            # a deadline holds for its own part of the sentence (to ；or 。), not for earlier parts
            新建示范性儿童之家8个，覆盖率达到城乡社区的90%以上；6月底前完成轮训。 | 8个 90%             | -
            筛查覆盖率达到95%以上；9月底前为30所中小学校更新照明设施。           | 95% 30所@09-30      | -
            新建儿童友好公园5处；10月底前建成儿童友好街区2个。                   | 5处 2个@10-31       | -
            # a date reaches a later clause only from a clause that counts nothing ("6月底前，…"): two blind
            # labellers read «六月底前…接种三千二百人，全程接种率达到百分之八十» as 80% at the year's end
            6月底前新建母婴室20个，开展培训10场。                                | 20个@06-30 10场       | -
            6月底前，新建母婴室20个，开展培训10场。                              | 20个@06-30 10场@06-30 | -
            # 标准化 is an adjective, not a standard
            新建标准化母婴室20个。                                               | 20个                | -
            新建标准化儿童之家十五个；按每人500元标准给予补贴。                  | 15个                | -
            # one thing set up is a goal; one thing provided each is not
            在婚姻登记处设立婚姻家庭辅导室一处，开展辅导服务不少于二百人次。     | 1处 200人次         | -
            新建儿童之家十个，每个儿童之家配备儿童主任一名。                     | 10个                | 1名
            # 依托 governs its own object; what is built after it is counted
            依托县文化馆建设妇女儿童活动中心1处，9月底前投入使用。               | 1处@09-30           | -
            依托现有的8处社区托育点，开展育儿指导服务不少于24场。                | 24场                | 8处
            # a capacity per unit (每处…) is a standard, not a total
            建成少儿阅览分馆三处，每处藏书不少于三千册。                         | 3处                 | 3000册
            新建儿童友好公园5处，每处活动场地可容纳不少于100名儿童。             | 5处                 | 100名
            # a deadline after the target reaches it only when its clause counts nothing and names no work of its own
            新建妇女儿童之家12个，扩建图书室3间，8月底前全部建成。               | 12个@08-31 3间@08-31 | -
            开展安全教育讲座40场，5月20日前完成全镇河道护栏检修。                | 40场                | -
            新增托位200个，11月底前建成示范托育园1所。                           | 200个 1所@11-30     | -
            4月底前建成科普角6处，年内开展科普活动60场。                         | 6处@04-30 60场      | -
            # the nearest dated clause before decides; what new buildings add comes with them; the chosen are built
            5月31日前完成隐患排查，年底前创建示范机构5家，新增托位200个。        | 5家 200个           | -
            9月1日前新建幼儿园4所，新增学位1080个，覆盖率稳定在92%以上。         | 4所@09-01 1080个@09-01 92% | -
            在全县336个行政村中选取50个，7月底前建成指导服务站。                 | 50个@07-31          | 336个
            # 均: the same amount for each thing listed before it, or in the clause before
            开展视力筛查、口腔检查，检查率均达到96%以上。                        | 96% 96%             | -
            体检率、建档率均不低于85%。                                          | 85% 85%             | -
            开展遗传代谢性疾病和听力筛查，两项筛查率均保持在98%以上。            | 98% 98%             | 2项
            # 按…标准 is how, not what; 资助 a number of people is a goal; a cap per loan is not
            按每户3000元标准帮扶困难家庭70户。                                   | 70户                | -
            资助困难家庭儿童80名。                                               | 80名                | -
            发放小额贷款2000万元，单笔贷款最高不超过20万元。                     | 2000万元            | 20万元
            # the places' shares of a total, and a floor for every place, are not the notice's own targets
            全区培训妇女1000人，其中城关街道200人、柳林镇150人。                 | 1000人              | 200人 150人
            筛查率达到98%以上，各镇（街道）均不低于95%。                         | 98%                 | 95%
            开展讲座100场，其中东城街道、西城街道各不少于20场。                  | 100场               | 20场
            在区内各镇街建成四点半课堂二十处。                                   | 20处                | -
            # a frequency is a schedule; the year's total after it is the target
            每季度举办“巾帼招聘会”不少于2场，全年共8场。                         | 8场                 | 2场
            # a figure whose clause names nothing counts what the clause before names
            妇女创业担保贷款额度比上年翻一番，达到4000万元。                     | 4000万元            | -
            # 八成 is 80%; a rate list shares its figure without 均; where a figure starts from is no goal
            目标人群覆盖率达到八成以上，满意度达到九成五。                       | 80% 95%             | -
            孕产妇系统管理率、儿童系统管理率保持在92%以上。                      | 92% 92%             | -
            全县托位总数由2025年的1860个增加到2300个。                           | 2300个              | 1860个
            在全市10个镇街各打造1处儿童之家，共10处。                            | 10处                | 10个 1处
            落实“放学、周末、节假日、寒暑假”四个重点时段提醒，开展宣传20场。      | 20场                | 4个
            “六一”儿童节前，走访慰问困境儿童300名。                              | 300名@06-01         | -
            # 均由…提高到 and 各 after things joined by 和 give one target each
            遗传代谢性疾病筛查率、听力筛查率均由97%提高到98%以上。               | 98% 98%             | 97% 97%
            11月底前开展宫颈癌和乳腺癌筛查各8000人。                             | 8000人@11-30 8000人@11-30 | -
            # a season or festival is a day: 汛期前 is the end of May, 秋季开学前 the end of August
            汛期前完成校舍安全隐患排查整治120所；秋季开学前新建幼儿园3所。       | 120所@05-31 3所@08-31 | -
            为孕产妇免费发放营养包3000份，配备救护车2辆，更换灯具1800盏，开设课程三百门。 | 3000份 2辆 1800盏 300门 | -
            每千人口拥有婴幼儿托位数达到四点五个。                               | 4.5个               | -
            # other units; a Chinese count of cases is a goal, a few measures are not
            抽检校园食品不少于90批次，配置急救箱15组。                           | 90批次 15组         | -
            办理法律援助案件一百二十件，落实三项措施。                           | 120件               | 3项
            开展两癌筛查5200例，为儿童窝沟封闭6000颗。                           | 5200例 6000颗       | -
            """)
    void targetTable(String text, String targets, String suggestions) {
        NoticeDraft d = draft("样本区人民政府办公室\n关于2025年为全区妇女儿童办实事的通知\n一、实事。" + text
                + "（责任单位：区妇联）\n二、收尾。（责任单位：区妇联）\n");
        List<DraftTarget> ts = d.items().get(0).targets();
        assertEquals(targets, show(ts.stream().filter(t -> !t.suggestion()).toList(), true), ts.toString());
        assertEquals(suggestions == null ? "" : suggestions,
                show(ts.stream().filter(DraftTarget::suggestion).toList(), false), ts.toString());
    }

    private static String show(List<DraftTarget> ts, boolean deadlines) {
        return String.join(" ", ts.stream().map(t -> t.threshold().stripTrailingZeros().toPlainString() + t.unit()
                + (deadlines && t.deadline() != null ? "@" + t.deadline().toString().substring(5) : "")).toList());
    }

    /**
     * A mid-year revision keeps the old values in brackets (原为…), which are no targets nor deadlines; a range
     * commits its lower end; "分别达到93%、95%" pairs each figure with its part; a sum paid out is a goal; a
     * count done at a place 依托 names is a goal; an indented typed notice is read.
     */
    @Test
    void revisionsRangesPairsAndSumsPaidOut() {
        NoticeDraft d = draft("""
                　　东港区人民政府办公室
                　　关于调整2026年为妇女儿童办实事项目的通知
                　　一、建设儿童友好公园。（调整）新建儿童友好公园8处（原为12处），9月底前完成（原为6月底前）。（责任单位：区住建局）
                　　二、开展创业培训。开展女性创业就业培训20至25期，举办联谊活动10—15场。（责任单位：区妇联）
                　　三、保障母婴安全。孕产妇系统管理率、7岁以下儿童健康管理率分别达到93%、95%以上。（责任单位：区卫健局）
                　　四、救助困难母亲。发放困难单亲母亲帮扶资金50万元。（责任单位：区妇联）
                　　五、开展婚姻辅导。依托婚姻登记中心开展婚姻家庭辅导300人次。（责任单位：区民政局）
                """);
        assertEquals(List.of("1 8处 2026-09-30", "2 20期 null", "2 10场 null", "3 93% null", "3 95% null",
                "4 50万元 null", "5 300人次 null"), d.items().stream().flatMap(i -> i.targets().stream())
                .filter(t -> !t.suggestion())
                .map(t -> t.item() + " " + t.threshold().stripTrailingZeros().toPlainString() + t.unit() + " " + t.deadline())
                .toList());
        List<DraftTarget> rates = d.items().get(2).targets();
        assertEquals("孕产妇系统管理率", rates.get(0).label());
        assertEquals("岁以下儿童健康管理率", rates.get(1).label(), "the 7 is read as a number, not a name");
    }
}
