package cn.stampcheck.samples;

import static cn.stampcheck.samples.Boshan2024Samples.exp;

import cn.stampcheck.samples.Boshan2024Samples.Form;
import cn.stampcheck.samples.Boshan2024Samples.Tgt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the 2024 高青县 sample reports of test-data/2024-gaoqing/ and their expected results, declared by
 * hand next to each row (see {@link Boshan2024Samples} for the bookkeeping).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) cn.stampcheck.samples.Gaoqing2024Samples}
 */
public final class Gaoqing2024Samples {

    static final String RULES = "rules/2024/gaoqing.xlsx";
    static final Path DIR = Path.of("test-data/2024-gaoqing");

    /** The targets of rules/2024/gaoqing.drl, copied by hand from the notice. */
    static final Map<Integer, List<Tgt>> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put(1, List.of(new Tgt("维修改造中小学", "16", false), new Tgt("维修改造幼儿园", "2", false),
                new Tgt("智慧教育应用场景", "2", false)));
        TARGETS.put(2, List.of(new Tgt("家政培训", "20", false)));
        TARGETS.put(3, List.of(new Tgt("两癌筛查率", "85", false)));
        TARGETS.put(4, List.of(new Tgt("培训家庭教育骨干", "50", false)));
        TARGETS.put(5, List.of(new Tgt("单身青年联谊活动", "5", false)));
        TARGETS.put(6, List.of());
        TARGETS.put(7, List.of(new Tgt("妇联法律明白人覆盖率", "70", false), new Tgt("婚姻家庭辅导率", "100", true),
                new Tgt("齐心护航宣讲", "5", false), new Tgt("建设妈妈小屋", "1", false)));
        TARGETS.put(8, List.of(new Tgt("心理健康科普宣传", "8", false)));
        TARGETS.put(9, List.of(new Tgt("戏曲非遗进校园文化活动", "5", false), new Tgt("科普大篷车巡展", "4", false)));
        TARGETS.put(10, List.of());
    }

    static final String N1 = "实施教育资源扩增优化工程";
    static final String N2 = "实施巾帼促就业计划";
    static final String N3 = "实施适龄妇女“两癌”免费筛查和救助行动";
    static final String N4 = "实施家庭教育指导服务行动";
    static final String N5 = "实施新型婚育文化培育行动";
    static final String N6 = "实施儿童友好城市建设促进行动";
    static final String N7 = "实施妇女权益保障提质增效行动";
    static final String N8 = "实施“阳光成长”青少年身心健康护航行动";
    static final String N9 = "实施“润童心”儿童素养提升行动";
    static final String N10 = "实施特殊困难儿童关爱行动";
    static final String U5 = "县妇联\n团县委\n市医疗保障局高青分局";
    static final String U6 = "县妇联\n县交通运输局\n芦湖街道\n各儿童友好实践基地";
    static final String U7 = "县妇联\n县司法局\n县检察院\n县总工会";
    static final String U8 = "县教育和体育局\n县公安局\n县检察院\n县法院";
    static final String U10 = "县民政局\n县残联\n县妇联\n团县委";

    public static void main(String[] args) throws Exception {
        q1Plain();
        q2Options();
        q3XlsSecondSheet();
        q4Ods();
    }

    /** Q1: place and quarter in the title, 单位（盖章） line, line breaks in the header. */
    static void q1Plain() throws IOException {
        Form f = new Form(SampleBook.xlsx(), TARGETS, 1).sheet("Sheet1");
        f.line("高青县2024年为全县妇女儿童办实事工作进展情况报表（第一季度）").merge("A1:E1");
        f.line("单位：高青县妇女联合会（盖章）");
        f.header("序号", "实事名称", "责任单位", "本季度具体措施\n及任务进度情况", "完成\n时限");
        f.item("1", N1, "县教育和体育局",
                "本季度启动中小学校舍维修改造工程，已完成维修改造中小学5所。幼儿园维修改造计划于暑假期间实施2所。"
                        + "智慧教育应用场景建设方案已报批，尚未建成。",
                "2024年12月31日", exp(1, "5", null, null));
        f.item("2", N2, "县人力资源社会保障局\n县妇联",
                "3月举办“春风行动”女性就业专场招聘会2场。开展家政服务技能培训6场次，培训学员240人。",
                "2024年12月31日", exp(2, "6"));
        f.item("3", N3, "县卫生健康局\n县妇联",
                "制定2024年“两癌”免费筛查工作方案，一季度为35-64岁适龄妇女免费筛查4800人，筛查率达到18%。",
                "2024年12月31日", exp(3, "18"));
        f.item("4", N4, "县妇联\n县教育和体育局",
                "开展家长学校家庭教育指导服务22场，培训家庭教育骨干15人。",
                "2024年12月31日", exp(4, "15"));
        f.item("5", N5, U5,
                "举办“情暖三八”单身青年联谊活动1场，参加青年68人。"
                        + "职工住院分娩政策范围内医疗费用全额支付，城乡居民住院分娩支付额不低于3000元。",
                null, exp(5, "1").flag("MISSING_DEADLINE"));
        f.item("6", N6, "县妇联、县交通运输局、芦湖街道、各儿童友好实践基地",
                "联合县交通运输局开通儿童图书文化公交专线1条；芦湖社区儿童友好共建联盟试点已挂牌。",
                "2024年12月31日", exp(6));
        f.item("7", N7, U7,
                "全县已有58%的村（社区）妇联配备了“法律明白人”。开展婚姻家庭辅导，来访当事人46对，辅导率达到96%。"
                        + "开展齐心护航宣讲2场。“妈妈小屋”已完成选址，计划6月建成1处。",
                "2024年12月31日", exp(7, "58", "96", "2", null));
        f.item("8", N8, U8,
                "开展心理健康科普知识宣传3场，覆盖学生1.2万人次；在全县中小学设置“护学岗”32个。",
                "2024年12月31日", exp(8, "3"));
        f.item("9", N9, "县文化和旅游局\n县科协",
                "开展戏曲进校园、非遗进校园等文化活动3场。科普大篷车巡展计划二季度启动。",
                "2024年12月31日", exp(9, "3", null));
        f.item("10", N10, U10,
                "为符合条件的残疾儿童实施康复救助28人，发放孤困儿童助学金3.6万元。",
                "2024年12月31日", exp(10));
        f.save(DIR.resolve("高青县妇联2024年第一季度实事进展.xlsx"), null);
    }

    /** Q2: neither place nor quarter written anywhere, so the sample carries options; merged 序号 rows. */
    static void q2Options() throws IOException {
        Form f = new Form(SampleBook.xlsx(), TARGETS, 2).sheet("Sheet1");
        f.line("2024年为全县妇女儿童办实事工作进展情况报表").merge("A1:E1");
        f.header("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限");
        f.item("１", N1, "县教育和体育局",
                "累计完成维修改造中小学9所、幼儿园1所。打造智慧教育应用场景1个。",
                "2024年12月31日", exp(1, "9", "1", "1"));
        f.item("２", N2, "县人力资源社会保障局",
                "上半年累计开展家政培训１２场次，培训家政从业人员460人次。",
                "2024年12月31日", exp(2, "12").flag("UNIT_MISSING"));
        f.item("３", "实施适龄妇女“两癌”免费检查和救助行动", "县卫生健康局\n县妇联",
                "截至6月30日，累计筛查适龄妇女1.05万人，筛查率达到45%。",
                "2024年12月31日", exp(3, "45").flag("ITEM_NAME_MISMATCH"));
        f.item("４", N4, "县妇联\n县教育和体育局",
                "累计培训家庭教育骨干32名，其中本季度培训17名。",
                "2024年12月31日", exp(4, "32"));
        f.item("５", N5, U5,
                "累计举办单身青年联谊活动2场，拟于七夕前后再举办1场。",
                "持续推进", exp(5, "2").flag("BAD_DEADLINE"));
        f.item("６", N6, "县妇联\n县交通局\n芦湖街道",
                "儿童图书文化公交专线已于5月31日正式开通运行，累计服务儿童及家长3200余人次。",
                "2024年12月31日", exp(6).flag("UNIT_MISSING"));
        f.item2("７", N7, "2024年12月31日",
                "县妇联\n县司法局", "（县妇联）全县已有66%的村（社区）妇联至少有一名“法律明白人”。婚姻家庭辅导率达到100%。",
                "县检察院\n县总工会", "（县总工会）建成“妈妈小屋”1处。（县妇联、县司法局）开展齐心护航宣讲3场。",
                exp(7, "66", "100", "3", "1"));
        f.item("８", N8, U8,
                "开展心理健康科普知识宣传5场。",
                "2024年12月31日", exp(8, "5"));
        f.item("９", N9, "县文化和旅游局\n县科协",
                "开展戏曲演出、书画培训、公益讲座等文化活动4场。开展科普大篷车巡展2场。",
                "2024年12月31日", exp(9, "4", "2"));
        f.item("１０", N10, U10,
                "落实孤困儿童就学资助，资助孤困儿童39名。",
                "2024年12月31日", exp(10));
        f.item("１１", "其他特色工作", "县妇联",
                "开展“巾帼心向党”主题宣讲10场。",
                "2024年12月31日", exp(11).flag("UNKNOWN_ITEM"));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("quarter", 2);
        options.put("rules", RULES);
        f.save(DIR.resolve("妇女儿童实事进展情况表.xlsx"), options);
    }

    /** Q3 as .xls: table on the second sheet from B4 (quarter from the sheet name), two-row header. */
    static void q3XlsSecondSheet() throws IOException {
        Form f = new Form(SampleBook.xls(), TARGETS, 3).sheet("封面");
        f.line("高青县2024年为全县妇女儿童办实事工作进展情况（县卫健局、县文旅局等汇总）");
        f.sheet("三季度");
        f.blank(1).at(1);
        f.line("高青县2024年为全县妇女儿童办实事工作进展情况报表").merge("B2:F2");
        f.line("填报单位：（盖章）", null, null, "填报时间：2024年9月30日");
        f.header("序号", "实事名称", "责任单位", "工作进展情况", null);
        f.line(null, null, null, "本季度具体措施及任务进度情况", "完成时限");
        f.merge("B4:B5").merge("C4:C5").merge("D4:D5").merge("E4:F4");
        f.item("1", N1, "县教体局",
                "截至9月底，累计完成维修改造中小学13所。幼儿园维修改造完成2所。累计打造智慧教育应用场景2个。",
                "2024年12月31日", exp(1, "13", "2", "2"));
        f.item("2", N2, "县人社局\n县妇联",
                "前三季度累计开展家政培训14场次，其中本季度4场次。",
                "2024年12月31日", exp(2, "14"));
        f.item("3", N3, "县卫健局\n县妇联",
                "累计完成“两癌”免费筛查1.6万人，筛查率达到64%，阳性病例随访率100%。",
                "2024年12月31日", exp(3, "64"));
        f.item("4", N4, "县妇联\n县教体局", null, "2024年12月31日", exp(4, (String) null).flag("MISSING_PROGRESS"));
        f.item("5", N5, "县妇联\n团县委\n县医保局",
                "累计举办单身青年联谊活动4场。职工住院分娩医疗费用全额支付。",
                "2025年3月", exp(5, "4").flag("DEADLINE_LATE"));
        // item 6 has no row
        f.item("7", N7, U7,
                "全县已有72%的村（社区）妇联至少有一名“法律明白人”。婚姻家庭辅导率达到100%。累计开展齐心护航宣讲4场。"
                        + "“妈妈小屋”已于8月建成1处并投入使用。",
                "2024年12月31日", exp(7, "72", "100", "4", "1"));
        f.item("8", N8, U8,
                "累计开展心理健康科普知识宣传五场，开通心理援助热线（0533-6961234）。",
                "2024年12月31日", exp(8, "5"));
        f.item("9", N9, "县文旅局\n县科协",
                "累计开展戏曲、非遗进校园等文化活动6场。科普大篷车巡展累计开展3场，第4场拟于10月在唐坊镇开展。",
                "2024年12月31日", exp(9, "6", "3"));
        f.item("10", N10, U10,
                "为符合条件的残疾儿童实施康复救助累计86人次。",
                "2024年12月31日", exp(10));
        f.missingItem(6);
        f.save(DIR.resolve("高青县2024年妇女儿童实事进展.xls"), null);
    }

    /** Q4 as .ods: 第4季度 in the title, year-end shortfalls, varied deadline spellings. */
    static void q4Ods() throws IOException, InterruptedException {
        Form f = new Form(SampleBook.xlsx(), TARGETS, 4).sheet("Sheet1");
        f.line("高青县2024年为全县妇女儿童办实事工作进展情况报表（第4季度）").merge("A1:E1");
        f.header("序号", "实事名称", "责任单位", "具体措施及任务进度情况", "完成时限");
        f.item("1", N1, "县教育和体育局",
                "全年累计完成维修改造中小学16所。完成幼儿园维修改造2所。打造智慧教育应用场景2个。",
                "2024年12月底", exp(1, "16", "2", "2"));
        f.item("2", N2, "县人力资源社会保障局、县妇联",
                "全年累计开展家政培训21场次，培训家政从业人员860人次。",
                "2024-12-31", exp(2, "21"));
        f.item("3", N3, "县卫生健康局、县妇联",
                "全年累计免费筛查适龄妇女2.2万人，筛查率达到87%。",
                "年底", exp(3, "87"));
        f.item("4", N4, "县妇联、县教育和体育局",
                "全年累计培训家庭教育骨干56人。",
                "2024.12", exp(4, "56"));
        f.item("5", N5, "县妇联、团县委、市医疗保障局高青分局",
                "全年累计举办单身青年联谊活动4场，第5场因天气原因未能举办。",
                "12月31日", exp(5, "4"));
        f.item("6", N6, U6,
                "儿童图书文化公交专线运行平稳，芦湖社区儿童友好共建联盟试点建设完成。",
                "2024年12月31日", exp(6));
        f.item("7", N7, U7,
                "全县已有74%的村（社区）妇联至少有一名“法律明白人”。婚姻家庭辅导率达到100%。"
                        + "全年开展齐心护航宣讲5场。建成“妈妈小屋”1处。",
                "2024年12月31日", exp(7, "74", "100", "5", "1"));
        f.item("8", N8, U8,
                "全年开展心理健康科普知识宣传8场。",
                "2024年12月31日", exp(8, "8"));
        f.item("9", N9, "县文化和旅游局、县科协",
                "全年开展各类戏曲演出、书画培训、公益讲座等文化活动7场。开展科普大篷车巡展3场，计划明年继续开展。",
                "2024年12月31日", exp(9, "7", "3"));
        f.item("10", N10, U10,
                "全年资助孤困儿童45名，为残疾儿童实施康复救助112人次。",
                "2024年12月31日", exp(10));
        f.saveOds(DIR.resolve("高青县2024年第四季度实事进展.ods"), null);
    }
}
