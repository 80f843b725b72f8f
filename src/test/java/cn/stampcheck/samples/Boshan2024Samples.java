package cn.stampcheck.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the 2024 博山区 sample reports of test-data/2024-boshan/ and their expected results.
 *
 * <p>The expected results are declared by hand next to each row ({@link Exp}): the figure a careful clerk
 * reads for each target of the item (contract §3) and the row's other findings. Only the bookkeeping is
 * done here: cell addresses from the layout, and the status of a figure against threshold × q / 4
 * (contract §2, §4), which the expectations spell out independently of the checker.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) cn.stampcheck.samples.Boshan2024Samples}
 */
public final class Boshan2024Samples {

    static final String RULES = "rules/2024/boshan.xlsx";
    static final Path DIR = Path.of("test-data/2024-boshan");

    /** The targets of rules/2024/boshan.drl, copied by hand from the notice: item → label, threshold. */
    static final Map<Integer, List<Tgt>> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put(1, List.of(new Tgt("改扩建幼儿园", "2", false), new Tgt("智慧教育应用场景", "5", false)));
        TARGETS.put(2, List.of(new Tgt("培训家政从业人员", "2000", false)));
        TARGETS.put(3, List.of(new Tgt("两癌筛查率", "90", false)));
        TARGETS.put(4, List.of(new Tgt("培训家庭教育骨干", "200", false)));
        TARGETS.put(5, List.of(new Tgt("青年婚恋联谊活动", "6", false), new Tgt("住院分娩报销比例", "100", true)));
        TARGETS.put(6, List.of(new Tgt("儿童友好共建联盟试点", "3", false)));
        TARGETS.put(7, List.of(new Tgt("职工子女托管班", "10", false)));
        TARGETS.put(8, List.of(new Tgt("心理健康科普宣传", "60", false), new Tgt("家长课堂等家庭教育活动", "7", false),
                new Tgt("法治讲座", "10", false), new Tgt("法院主题实践活动", "4", false)));
        TARGETS.put(9, List.of(new Tgt("传统文化进校园", "10", false), new Tgt("科普大篷车巡展", "8", false),
                new Tgt("蒲公英科普大讲堂", "3", false)));
        TARGETS.put(10, List.of());
    }

    static final String N1 = "实施教育资源扩增优化工程";
    static final String N2 = "实施巾帼促就业计划";
    static final String N3 = "实施适龄妇女“两癌”免费检查和救助行动";
    static final String N4 = "实施家庭教育指导服务行动";
    static final String N5 = "实施新型婚育文化培育行动";
    static final String N6 = "实施儿童友好城区建设促进行动";
    static final String N7 = "实施普惠托育服务提质行动";
    static final String N8 = "实施“阳光成长”青少年身心健康护航行动";
    static final String N9 = "实施“润童心”儿童素养提升工程";
    static final String N10 = "实施特殊困难儿童关爱项目";
    static final String PROGRESS = "本季度具体措施及任务进度情况";

    public static void main(String[] args) throws Exception {
        q1Plain();
        q2XlsOffsetFileNameQuarter();
        q3SecondSheetMerged();
        q4Ods();
    }

    /** Q1: title with quarter, 单位（盖章） line, plain table from A1. */
    static void q1Plain() throws IOException, InterruptedException {
        Form f = new Form(SampleBook.xlsx(), TARGETS, 1).sheet("Sheet1");
        f.line("博山区2024年为全区妇女儿童办实事工作进展情况表（第一季度）").merge("A1:E1");
        f.line("单位：博山区妇儿工委办公室（盖章）");
        f.header("序号", "实事名称", "责任单位", PROGRESS, "完成时限");
        f.item("1", N1, "区教育和体育局",
                "本季度完成全区中小学及幼儿园布局规划调整初稿，优化集团化办学模式，新组建教育集团2个。"
                        + "改扩建幼儿园项目已完成立项，拟于4月开工建设2所。"
                        + "智慧教育应用场景建设已打造1个（博山区实验小学“智慧课堂”）。",
                "2024年12月31日", exp(1, null, "1"));
        f.item("2", N2, "区人力资源和社会保障局\n区妇联\n区商务局",
                "本季度举办“春风行动”女性就业专场招聘会3场，提供就业岗位1200余个。"
                        + "开展家政从业人员职业技能培训，本季度培训家政从业人员560人次。",
                "2024年12月底", exp(2, "560"));
        f.item("3", N3, "区卫生健康局\n区妇联",
                "一季度完成适龄妇女“两癌”免费检查方案制定，为35—64岁适龄妇女免费检查3260人，筛查率达到23%。",
                "2024年12月31日", exp(3, "23"));
        f.item("4", N4, "区妇联\n区教育和体育局",
                "成立区级家庭教育指导中心。本季度培训家庭教育骨干45人，启动社区（村）家长学校家庭教育巡讲12场。",
                "2024.12", exp(4, "45"));
        f.item("5", N5, "区妇联\n团区委\n区医疗保障分局",
                "3月8日举办“爱在春天”青年婚恋联谊活动1场，参与青年86人。"
                        + "职工医保参保人员住院分娩政策范围内医疗费用报销比例达到100%。",
                null, exp(5, "1", "100").flag("MISSING_DEADLINE"));
        f.item("6", N6, "区妇儿工委各成员（特邀）单位\n各镇（街道）",
                "制定儿童友好共建联盟试点建设方案，已在城西街道建成儿童友好共建联盟试点1个。"
                        + "依托10个市级儿童友好实践基地开展“儿童友好 孝乡童行”主题活动5场。",
                "2024年12月31日", exp(6, "1"));
        f.item("7", N7, "区卫生健康局\n区总工会",
                "开展托育机构安全隐患专项督导，检查托育机构21家。寒暑假职工子女托管班计划于7月暑假期间开班，目前正在摸排需求。",
                "2024年12月31日", exp(7, (String) null));
        f.item("8", N8, "区教育和体育局\n区卫生健康局\n区公安分局\n区法院\n区检察院",
                "开展心理健康科普知识宣传18场，覆盖师生2.1万人次。依托区家庭教育指导工作站开展家长课堂2次。"
                        + "开展预防校园欺凌法治讲座3场。组织学生及家长走进法院开展主题实践活动1次。",
                "2024年12月31日", exp(8, "18", "2", "3", "1"));
        f.item("9", N9, "区文化和旅游局\n区科协",
                "开展非遗、陶琉进校园知识讲座4场。科普大篷车巡展本季度开展2场次。",
                "2024年12月31日", exp(9, "4", "2", null));
        f.item("10", N10, "区民政局\n区残联\n区妇联\n团区委",
                "落实孤困儿童助学资助，本季度发放助学金4.2万元，惠及孤困儿童35名。为符合条件的残疾儿童实施康复救助62人。",
                "2024年12月31日", exp(10));
        f.save(DIR.resolve("博山区2024年第一季度实事进展.xlsx"), null);
    }

    /** Q2 as .xls: title without quarter (quarter from the file name), table from B5, line breaks in headers. */
    static void q2XlsOffsetFileNameQuarter() throws IOException, InterruptedException {
        Form f = new Form(SampleBook.xls(), TARGETS, 2).sheet("进展情况");
        f.blank(1).at(1);
        f.line("2024年为全区妇女儿童办实事工作进展情况表").merge("B2:F2");
        f.blank(1);
        f.line("填报单位：博山区妇女联合会");
        f.header("序号", "实事名称", "责任单位", "本季度具体措施\n及任务进度情况", "完成\n时限");
        f.item("１", N1, "区教体局",
                "城东幼儿园改扩建工程已开工，截至6月底，完成改扩建幼儿园１所，另１所正在进行主体施工。累计打造智慧教育应用场景３个。",
                "2024年12月31日", exp(1, "1", "3"));
        f.item("２", N2, "区人社局\n区妇联",
                "上半年累计培训家政从业人员0.12万人次，其中本季度培训650人次。举办直播电商培训班2期。",
                "2024年12月31日", exp(2, "1200").flag("UNIT_MISSING"));
        f.item("３", N3, "区卫健局\n区妇联",
                "截至6月底，累计完成“两癌”免费检查1.1万人，其中宫颈癌筛查5600人、乳腺癌筛查5400人。"
                        + "HPV疫苗首针接种率达到96%，全区适龄妇女“两癌”筛查率达到48%。",
                "2024年12月31日", exp(3, "48"));
        f.item("４", N4, "区妇联\n区教体局",
                "二季度培训家庭教育骨干七十五人，累计培训一百二十人。",
                "长期坚持", exp(4, "120").flag("BAD_DEADLINE"));
        f.item("５", "新型婚育文化培育行动", "区妇联 团区委 区医保分局",
                "累计举办青年婚恋联谊活动两场，5月20日举办“520”专场联谊活动，参与单身青年120余人。"
                        + "住院分娩政策范围内医疗费用报销比例为100%。",
                "2024年12月31日", exp(5, "2", "100").flag("ITEM_NAME_MISMATCH"));
        f.item("６", N6, "区妇儿工委各成员单位、各镇（街道）",
                "累计建成儿童友好共建联盟试点2个，第3个试点正在山头街道筹建。",
                "2024年12月31日", exp(6, "2"));
        f.item("７", N7, "区卫健局\n区总工会", null, "2024年12月31日", exp(7, (String) null).flag("MISSING_PROGRESS"));
        f.item("８", N8, "区教体局\n区卫健局\n区公安分局\n区法院\n区检察院",
                "本季度开展心理健康科普知识宣传15场，累计开展32场。开展家长课堂、模拟法庭等家庭教育活动累计4次。"
                        + "在全区中小学开展“法治进校园”预防校园暴力法治讲座累计6场。"
                        + "组织学生及家长到法院开展主题实践活动1次，尚未开展的3次将于下半年完成。",
                "2024年12月31日", exp(8, "32", "4", "6", "1"));
        f.item("９", N9, "区文旅局\n区科协",
                "开展戏曲、非遗进校园活动累计7场。科普大篷车巡展累计开展五场次。"
                        + "“蒲公英”科普大讲堂已举办1场次，拟于9月再举办2场次。",
                "2024年12月31日", exp(9, "7", "5", "1"));
        f.item("１０", N10, "区民政局、区残联、区妇联、团区委",
                "“福彩圆梦·孤儿助学工程”资助孤困儿童28名，发放助学金8.4万元。为残疾儿童实施康复救助累计96人次。",
                "2024年12月", exp(10));
        f.blank(1);
        f.line("填报人：张丽", null, "联系电话：0533-4180123");
        f.save(DIR.resolve("博山区2024年第二季度妇女儿童实事进展情况.xls"), null);
    }

    /** Q3: the table on the second sheet (quarter from the sheet name), two-row header, merged 序号 rows. */
    static void q3SecondSheetMerged() throws IOException, InterruptedException {
        Form f = new Form(SampleBook.xlsx(), TARGETS, 3).sheet("填报说明");
        f.line("填报说明：1.请各责任单位于每季度末报送进展情况；2.进度情况请写明截至本季度末的累计完成数；3.盖章后报区妇儿工委办公室。");
        f.sheet("三季度");
        f.line("博山区2024年为全区妇女儿童办实事工作进展情况表").merge("A1:E1");
        f.line("单位：（盖章）");
        f.header("序号", "实事名称", "责任单位", "工作进展情况", null);
        f.line(null, null, null, PROGRESS, "完成时限");
        f.merge("A3:A4").merge("B3:B4").merge("C3:C4").merge("D3:E3");
        f.item("1", N1, "区教育和体育局",
                "截至9月底，累计完成改扩建幼儿园2所，新增学位360个。累计打造智慧教育应用场景4个。",
                "2024年12月31日", exp(1, "2", "4"));
        f.item2("2", N2, "2024年12月31日",
                "区人力资源和社会保障局\n区商务局", "（区人社局）前三季度累计培训家政从业人员1420人次，其中本季度培训380人次。",
                "区妇联", "（区妇联）联合家政企业开展“巾帼家政”培训班3期，计划10月再举办2期。",
                exp(2, "1420"));
        f.item("3", N3, "区卫生健康局\n区妇联",
                "累计为2.3万名35—64岁适龄妇女进行免费检查，全区筛查率达到71%。",
                "2024年底", exp(3, "71"));
        f.item("4", N4, "区妇联\n区教育和体育局",
                "截至三季度末，累计培训家庭教育骨干156名。",
                "2025年6月30日", exp(4, "156").flag("DEADLINE_LATE"));
        f.item("5", N5, "区妇联\n团区委\n区医疗保障分局",
                "累计举办青年婚恋联谊活动5场，其中本季度举办“七夕”主题联谊活动2场。"
                        + "职工住院分娩政策范围内医疗费用报销比例达到100%。",
                "2024年12月31日", exp(5, "5", "100"));
        f.item("6", "实施儿童友好城市建设促进行动", "区妇儿工委各成员（特邀）单位、各镇（街道）",
                "已建成儿童友好共建联盟试点3个，实现城区街道全覆盖。",
                "2024年12月31日", exp(6, "3"));
        f.item("7", N7, "区卫健局\n区总工会",
                "暑假期间联合区总工会开办职工子女托管班8个班次，服务职工子女320名。",
                "2024年12月31日", exp(7, "8"));
        f.item2("8", N8, "12月底",
                "区教育和体育局\n区卫生健康局\n区公安分局",
                "开展心理健康科普知识宣传累计46场。依托区家庭教育指导工作站开展家长课堂、模拟法庭等活动累计6次。",
                "区法院\n区检察院",
                "在全区中小学开展预防校园欺凌法治讲座累计8场，另有2场计划10月开展。组织学生及家长走进法院开展主题实践活动累计3次。",
                exp(8, "46", "6", "8", "3"));
        f.item("9", N9, "区文化和旅游局\n区科协",
                "开展非遗、戏曲、陶琉进校园讲座培训活动累计7场。科普大篷车巡展累计开展6场次。“蒲公英”科普大讲堂累计举办3场次。",
                "2024年12月31日", exp(9, "7", "6", "3"));
        // 序号 typed wrongly as 11: item 10 has no row, and 11 is no item of the notice.
        f.item("11", N10, "区民政局\n区残联\n区妇联\n团区委",
                "前三季度累计发放孤困儿童助学金12.6万元，惠及孤困儿童41名；为残疾儿童实施康复救助138人次。",
                "2024年12月31日", exp(11).flag("UNKNOWN_ITEM"));
        f.missingItem(10);
        f.save(DIR.resolve("博山区妇儿工委2024年进展情况表.xlsx"), null);
    }

    /** Q4 as .ods: Chinese-numeral 序号, year-end shortfalls, varied deadline spellings. */
    static void q4Ods() throws IOException, InterruptedException {
        Form f = new Form(SampleBook.xlsx(), TARGETS, 4).sheet("Sheet1");
        f.line("博山区2024年为全区妇女儿童办实事工作进展情况表（四季度）").merge("A1:E1");
        f.blank(1);
        f.header("序号", "实事名称", "责任\n单位", "本季度具体措施及\n任务进度情况", "完成\n时限");
        f.item("一", N1, "区教育和体育局",
                "全年改扩建幼儿园2所，均已投入使用。累计打造智慧教育应用场景5个。",
                "2024年12月31日", exp(1, "2", "5"));
        f.item("二", N2, "区人社局、区妇联、区商务局",
                "全年累计培训各类从业人员1.2万人次，其中家政从业人员2100余人次。",
                "2024.12", exp(2, "2100"));
        f.item("三", N3, "区卫生健康局、区妇联",
                "全年累计免费检查适龄妇女3.1万人，筛查率达到86%，未达到90%的目标，主要原因是部分外出务工妇女未能返乡参检。",
                "年底前", exp(3, "86"));
        f.item("四", N4, "区妇联、区教育和体育局",
                "全年累计培训家庭教育骨干212人。",
                "12月底", exp(4, "212"));
        f.item("五", N5, "区妇联、团区委、区医疗保障分局",
                "全年累计举办青年婚恋联谊活动6场，促成牵手32对。职工住院分娩政策范围内医疗费用报销比例达到100%。",
                "2024年12月底", exp(5, "6", "100"));
        f.item("六", N6, "区妇儿工委各成员（特邀）单位\n各镇（街道）",
                "建成儿童友好共建联盟试点3个。",
                "2024年12月31日", exp(6, "3"));
        f.item("七", N7, "区卫生健康局、区总工会",
                "寒暑假共开办职工子女托管班9个班次，寒假托管班因场地原因尚未开班。",
                "2024年12月31日", exp(7, "9"));
        f.item("八", N8, "区教育和体育局、区卫生健康局、区公安分局、区法院、区检察院",
                "全年开展心理健康科普知识宣传65场。开展家长课堂、模拟法庭等家庭教育活动8次。"
                        + "开展预防校园暴力、校园欺凌法治讲座12场。组织学生及家长到法院开展主题实践活动4次。",
                "2024年12月31日", exp(8, "65", "8", "12", "4"));
        f.item("九", N9, "区文化和旅游局、区科协",
                "全年开展传统文化进校园活动10场。开展科普大篷车巡展8场次、“蒲公英”科普大讲堂3场次。",
                "2024年12月31日", exp(9, "10", "8", "3"));
        f.item("十", N10, "区民政局、区残联、区妇联、团区委",
                "全年资助孤困儿童47名，为残疾儿童实施康复救助152人次，新建“希望小屋”5间。",
                "2024年12月31日", exp(10));
        f.saveOds(DIR.resolve("博山区2024年四季度进展情况.ods"), null);
    }

    // ---------------------------------------------------------------------------------------------
    // Bookkeeping shared with Gaoqing2024Samples.

    /** A target as the expectations need it: its label, threshold and whether it is constant. */
    public record Tgt(String label, String threshold, boolean constant) {
    }

    /** What a careful reader expects of one item row: a figure per target (null: none) and other findings. */
    public static final class Exp {
        final int item;
        final String[] reported;
        final List<String> flags = new ArrayList<>();

        Exp(int item, String[] reported) {
            this.item = item;
            this.reported = reported;
        }

        /** Findings that do not come from figures: UNIT_MISSING, ITEM_NAME_MISMATCH, deadline codes, … */
        public Exp flag(String... codes) {
            flags.addAll(List.of(codes));
            return this;
        }
    }

    public static Exp exp(int item, String... reported) {
        return new Exp(item, reported == null ? new String[] {null} : reported);
    }

    /** A sample being written together with its expected result. */
    public static final class Form {
        private final SampleBook book;
        private final Map<Integer, List<Tgt>> targets;
        private final int quarter;
        private int row;
        private int col0;
        private String numberHeader;
        private final List<Map<String, Object>> checks = new ArrayList<>();
        private final List<Map<String, Object>> findings = new ArrayList<>();

        public Form(SampleBook book, Map<Integer, List<Tgt>> targets, int quarter) {
            this.book = book;
            this.targets = targets;
            this.quarter = quarter;
        }

        public Form sheet(String name) {
            book.sheet(name);
            row = 0;
            col0 = 0;
            return this;
        }

        /** Following rows start at this column (0 = A). */
        public Form at(int col) {
            col0 = col;
            return this;
        }

        public Form line(String... texts) {
            book.rowFrom(col0, texts);
            row++;
            return this;
        }

        public Form blank(int n) {
            book.blank(n);
            row += n;
            return this;
        }

        public Form merge(String range) {
            book.merge(range);
            return this;
        }

        public Form header(String... texts) {
            numberHeader = addr(row, col0);
            return line(texts);
        }

        public Form item(String no, String name, String units, String progress, String deadline, Exp e) {
            int r = row;
            line(no, name, units, progress, deadline);
            expect(r, progress == null || progress.isBlank(), e);
            return this;
        }

        /** An item over two sheet rows: 序号, name and deadline merged, units and progress on each row. */
        public Form item2(String no, String name, String deadline, String units1, String progress1,
                          String units2, String progress2, Exp e) {
            int r = row;
            line(no, name, units1, progress1, deadline);
            line(null, null, units2, progress2, null);
            for (int c : new int[] {0, 1, 4}) {
                merge(addr(r, col0 + c) + ":" + addr(r + 1, col0 + c));
            }
            expect(r, false, e);
            return this;
        }

        public Form missingItem(int item) {
            finding(numberHeader, "ITEM_MISSING", item);
            return this;
        }

        private void expect(int r, boolean progressBlank, Exp e) {
            String progressCell = addr(r, col0 + 3);
            for (String code : e.flags) {
                int col = switch (code) {
                    case "UNKNOWN_ITEM" -> 0;
                    case "ITEM_NAME_MISMATCH" -> 1;
                    case "UNIT_MISSING" -> 2;
                    case "MISSING_PROGRESS" -> 3;
                    case "MISSING_DEADLINE", "BAD_DEADLINE", "DEADLINE_LATE" -> 4;
                    default -> throw new IllegalArgumentException(code);
                };
                finding(addr(r, col0 + col), code, e.item);
            }
            List<Tgt> ts = targets.getOrDefault(e.item, List.of());
            if (ts.isEmpty()) {
                return;
            }
            if (ts.size() != e.reported.length) {
                throw new IllegalArgumentException("item " + e.item + ": " + ts.size() + " targets, "
                        + e.reported.length + " figures");
            }
            for (int i = 0; i < ts.size(); i++) {
                Tgt t = ts.get(i);
                BigDecimal reported = progressBlank || e.reported[i] == null ? null : new BigDecimal(e.reported[i]);
                String status;
                if (reported == null) {
                    status = "missing";
                    if (!progressBlank) {
                        finding(progressCell, "MISSING_FIGURE", e.item);
                    }
                } else {
                    BigDecimal threshold = new BigDecimal(t.threshold());
                    boolean reached = reported.compareTo(threshold) >= 0;
                    if (t.constant() || quarter == 4) {
                        status = reached ? "ok" : "shortfall";
                    } else {
                        // threshold × q / 4, compared exactly: reported × 4 < threshold × q
                        boolean behind = reported.multiply(BigDecimal.valueOf(4))
                                .compareTo(threshold.multiply(BigDecimal.valueOf(quarter))) < 0;
                        status = behind ? "behind" : "ok";
                    }
                    if (status.equals("shortfall")) {
                        finding(progressCell, "SHORTFALL", e.item);
                    } else if (status.equals("behind")) {
                        finding(progressCell, "BEHIND_SCHEDULE", e.item);
                    }
                }
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("item", e.item);
                c.put("target", t.label());
                c.put("reported", reported);
                c.put("status", status);
                c.put("cell", progressCell);
                checks.add(c);
            }
        }

        private void finding(String cell, String code, int item) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("cell", cell);
            f.put("code", code);
            f.put("item", item);
            findings.add(f);
        }

        /** Saves the workbook and its expected result; options only when the file cannot tell. */
        public void save(Path file, Map<String, Object> options) throws IOException {
            book.save(file);
            writeExpected(file, options);
        }

        /** Saves as .ods: writes an .xlsx under target/ and converts it with LibreOffice. */
        public void saveOds(Path file, Map<String, Object> options) throws IOException, InterruptedException {
            String base = file.getFileName().toString().replaceFirst("\\.ods$", "");
            Path tmpDir = Path.of("target/ods-samples");
            Path xlsx = tmpDir.resolve(base + ".xlsx");
            book.save(xlsx);
            Process p = new ProcessBuilder("soffice", "--headless", "--convert-to", "ods", "--outdir",
                    tmpDir.toString(), xlsx.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("soffice failed for " + xlsx);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(tmpDir.resolve(base + ".ods"), file, StandardCopyOption.REPLACE_EXISTING);
            writeExpected(file, options);
        }

        private void writeExpected(Path file, Map<String, Object> options) throws IOException {
            String rules = targets == TARGETS ? RULES : Gaoqing2024Samples.RULES;
            Map<String, Object> o = new LinkedHashMap<>();
            if (options != null) {
                o.put("options", options);
            }
            o.put("rules", rules);
            o.put("year", 2024);
            o.put("quarter", quarter);
            o.put("checks", checks);
            o.put("findings", findings);
            String name = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "") + ".expected.json";
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(file.resolveSibling(name).toFile(), o);
        }

        static String addr(int r, int c) {
            StringBuilder name = new StringBuilder();
            for (int x = c + 1; x > 0; x = (x - 1) / 26) {
                name.insert(0, (char) ('A' + (x - 1) % 26));
            }
            return name.toString() + (r + 1);
        }
    }
}
