package cn.stampcheck.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the sample reports of test-data/2024-linzi/ (临淄区 2024 notice, rules/2024/linzi.drl) and the
 * bad-input fixtures of test-data/bad/. Each sample's expected result is written by hand next to it
 * ({@code X.expected.json}); this class only writes the spreadsheets.
 *
 * <p>Run from the project folder after {@code mvn -q test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) cn.stampcheck.samples.Linzi2024Samples}.
 * The .ods sample needs LibreOffice ({@code soffice}) on the PATH.
 */
public final class Linzi2024Samples {

    static final Path DIR = Path.of("test-data/2024-linzi");
    static final Path BAD = Path.of("test-data/bad");

    static final String[] NAMES = {
        null,
        "实施教育资源优化工程",
        "实施“阳光成长”青少年身心健康护航行动",
        "实施“润童心”儿童素养提升工程",
        "实施家庭教育指导服务行动",
        "实施特殊困难儿童关爱项目",
        "实施巾帼促就业计划",
        "实施适龄妇女“两癌”免费检查和救助行动",
        "实施新型婚育文化培育行动",
        "实施妇女儿童权益保障工作",
        "开展“美妆护苗”集中整治行动",
    };

    /** The units as the 附件 form lists them, one per line. */
    static final String[] UNITS = {
        null,
        "区教体局",
        "区教体局\n区检察院",
        "区文旅局\n区总工会",
        "区妇联\n区教体局",
        "区民政局\n区残联\n团区委",
        "区人社局\n区妇联",
        "区卫健局\n区妇联",
        "区总工会\n团区委\n区妇联\n临淄医保分局\n区住建局",
        "区司法局\n区妇联\n临淄公安分局\n区法院",
        "区市场监管局",
    };

    static final String YEAR_END = "2024年12月31日";

    private Linzi2024Samples() {
    }

    public static void main(String[] args) throws Exception {
        q3Summary();
        q1EducationBureau();
        q2MergedXls();
        q4Ods();
        q3ByItemNames();
        q2NoQuarter();
        q3Clean();
        badInputs();
    }

    /**
     * 区妇联's third-quarter summary of all ten items: title with （第三季度）, a 单位：（盖章） line, a blank
     * row, 完成\n时限 header, footer. Figures: 累计 vs 本季度, 十一场, 1.68万人, money, a 参保率 before the
     * 报销比例, a hotline's 45次 before the 送教上门 figure, two 场 figures in one sentence.
     */
    static void q3Summary() throws IOException {
        SampleBook.xlsx().sheet("Sheet1")
                .row("临淄区2024年为全区妇女儿童办实事工作进展情况表（第三季度）").merge("A1:E1")
                .row("单位：（盖章）", null, null, "填报日期：2024年9月27日")
                .blank(1)
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成\n时限")
                .row("1", NAMES[1], UNITS[1],
                        "实施“清凉”工程，截至9月底，已为全区5所考点学校教室安装空调186台，中高考期间全部投入使用。"
                                + "打造“AI+课堂”“智慧作业”等典型智慧教育应用场景2个，另有1个场景正在建设中，计划年底前完成验收。",
                        YEAR_END)
                .row("2", NAMES[2], UNITS[2],
                        "联合区检察院开展“法治进校园”宣讲活动，本季度宣讲4场，累计宣讲十一场，覆盖师生6800余人次。"
                                + "利用心理健康云平台完成全区中小学生心理筛查3.2万人次，对筛查出的重点学生建立“一生一档”。",
                        YEAR_END)
                .row("3", NAMES[3], UNITS[3],
                        "组织区吕剧团、五音戏剧团深入全区公办中小学开展“戏曲进校园”活动，本季度开展5场，截至目前共开展14场，受益学生9000余人。"
                                + "依托“齐鲁工惠APP”平台与职工签订假期托管协议312份，暑期共开设托管教学课程9个班次，将礼仪弟子规、诗词经典诵读、声乐等融入课程。",
                        "2024年12月底")
                .row("4", NAMES[4], UNITS[4],
                        "举办家庭教育骨干培训班2期，累计培训家庭教育骨干力量43人；本季度新打造规范化家庭教育指导服务站点6个，全区累计建成规范化站点17个。"
                                + "开展“家长学校”公益讲座等活动，惠及家长2100余人次。",
                        YEAR_END)
                .row("5", NAMES[5], UNITS[5],
                        "开展残疾儿童康复救助项目，截至9月底累计为126名残疾儿童实施康复救助，拨付救助资金86.5万元。"
                                + "落实“福彩圆梦·孤儿助学工程”，为散居孤儿发放助学金。"
                                + "团区委新建“希望小屋”3间，另有2间已完成选址、将于10月底前建成。",
                        YEAR_END)
                .row("6", NAMES[6], UNITS[6],
                        "3月、5月分别举办“春风行动”女性就业专场招聘会，共举办2场次，提供就业岗位1300余个，达成就业意向426人。"
                                + "开设巾帼创富课堂，本季度开设3场，累计开设5场，培训育儿妇女、家庭主妇等380余人。",
                        "2024.12")
                .row("7", NAMES[7], UNITS[7],
                        "对全区35-64岁适龄城乡妇女开展“两癌”免费检查，截至9月30日，累计完成检查1.68万人，其中宫颈癌筛查8600人、乳腺癌筛查8200人，早诊早治率达到92%。"
                                + "为低收入“两癌”患病妇女发放救助金12.5万元，救助25名。",
                        YEAR_END)
                .row("8", NAMES[8], UNITS[8],
                        "全区职工生育保险参保率达到98.6%，职工医保参保人员住院分娩政策范围内医疗费用报销比例保持100%。"
                                + "为符合二孩、三孩政策家庭发放购房补贴46户、补贴金额138万元。团区委举办青年交友联谊活动3场，参与青年260余人。",
                        YEAR_END)
                .row("9", NAMES[9], UNITS[9],
                        "开辟妇女儿童维权绿色通道，受理妇女、未成年人法律援助案件37件。"
                                + "接听12338维权热线咨询45次，通过线上课堂、送教上门等方式开展防拐、防骗、防欺凌安全培训，累计送教上门16次。"
                                + "开展“送法进校园”普法活动5场、“法院开放日”活动4场。",
                        YEAR_END)
                .row("10", NAMES[10], UNITS[10],
                        "开展“美妆护苗”集中整治行动，检查学校周边小超市、母婴用品店、婴幼儿洗浴场所等126家次，责令整改问题5处，抽检儿童化妆品20批次，未发现不合格产品。",
                        YEAR_END)
                .blank(1)
                .row("填报人：王晓燕", null, "联系电话：0533-7220350")
                .save(DIR.resolve("临淄区2024年第三季度妇女儿童实事进展汇总.xlsx"));
    }

    /**
     * 区教体局's first-quarter report of its own three items only: the table starts at B4, the title gives
     * no quarter (only the file name does). Planned figures (计划…5所, 拟…50人) are no progress.
     */
    static void q1EducationBureau() throws IOException {
        SampleBook.xlsx().sheet("Sheet1")
                .rowFrom(1, "临淄区2024年为全区妇女儿童办实事工作进展情况表").merge("B1:F1")
                .blank(1)
                .rowFrom(1, "单位：（盖章）区教体局")
                .rowFrom(1, "序号", "实事名称", "责任单位", "具体措施及任务进度情况", "完成时限")
                .rowFrom(1, "1", NAMES[1], "区教体局",
                        "“清凉”工程空调采购正在履行政府采购程序，计划5月底前为5所考点学校完成教室空调安装。"
                                + "智慧教育“应用推广年”行动已启动，已建成“智慧作业”典型智慧教育应用场景1个。",
                        YEAR_END)
                .rowFrom(1, "2", NAMES[2], "区教体局\n区检察院",
                        "联合区检察院制定“法治进校园”宣讲活动方案，组建检察官宣讲团，一季度开展宣讲3场，覆盖学生2400人。"
                                + "完成春季学期学生心理健康筛查，筛查学生2.3万人次。",
                        "年底前")
                .rowFrom(1, "4", NAMES[4], "区妇联\n区教体局",
                        "印发家庭教育骨干培训计划，拟于4月举办首期培训班，培训骨干力量50人。"
                                + "新建规范化家庭教育指导服务站点3个。",
                        YEAR_END)
                .save(DIR.resolve("区教体局2024年第1季度进展情况.xlsx"));
    }

    /**
     * Second quarter as .xls: an instructions sheet first, the table on the second sheet (named after
     * 临淄区), a two-row header, 序号 typed as numbers, merged 序号/实事名称 over one row per department.
     */
    static void q2MergedXls() throws IOException {
        SampleBook.xls().sheet("填表说明")
                .row("填表说明")
                .row("1.请各责任单位对照《2024年为全区妇女儿童办实事项目清单》逐项填写本单位承担任务的进展情况。")
                .row("2.进展情况须写明具体措施和截至本季度末的累计完成数量，不得只写“正在推进”。")
                .row("3.请于每季度末加盖公章后报区妇联，联系电话：7220350。")
                .sheet("临淄区进展表")
                .row("2024年为全区妇女儿童办实事工作进展情况表（第2季度）").merge("A1:E1")
                .row("单位：（盖章）")
                .row("序号", "实事名称", "责任单位", "工作进展情况", null).merge("A3:A4").merge("B3:B4").merge("C3:C4").merge("D3:E3")
                .row(null, null, null, "本季度具体措施及任务进度情况", "完成时限")
                .numberedRow(1, NAMES[1], "区教体局",
                        "5所考点学校教室空调已于5月20日前全部安装到位并通过验收，保障了中考考生备考条件。"
                                + "已打造“智慧课堂”典型智慧教育应用场景1个。",
                        YEAR_END)
                .numberedRow(2, NAMES[2], "区教体局、区检察院",
                        "区教体局、区检察院联合开展“法治进校园”巡回宣讲，截至6月底累计开展宣讲活动七场，覆盖师生5600人次；下半年拟再开展5场。",
                        YEAR_END)
                // 第3项：两个单位各占一行，序号和名称合并；两行各填了完成时限。
                .numberedRow(3, NAMES[3], "区文旅局",
                        "区文旅局组织区吕剧团等院团开展“戏曲进校园”送戏演出，上半年累计演出11场，观看师生8000余人。",
                        YEAR_END)
                .row(null, null, "区总工会",
                        "区总工会依托“齐鲁工惠APP”平台开展职工子女托管服务，签订托管协议156份，已开设托管教学课程4个班次，暑期托管班将于7月上旬开班。",
                        YEAR_END)
                .merge("A7:A8").merge("B7:B8")
                // 第4项：完成时限也合并。
                .numberedRow(4, NAMES[4], "区妇联",
                        "区妇联举办家庭教育骨干力量培训班1期，培训骨干二十八人；在镇街、社区打造规范化家庭教育指导服务站点8个。",
                        YEAR_END)
                .row(null, null, "区教体局",
                        "区教体局依托47所中小学家长学校开展家庭教育指导服务，举办家长课堂126场。",
                        null)
                .merge("A9:A10").merge("B9:B10").merge("E9:E10")
                .numberedRow(5, NAMES[5], "区民政局、区残联、团区委",
                        "区民政局为散居孤儿发放助学金2.4万元；区残联为97名残疾儿童实施康复救助；团区委新建“希望小屋”3间。",
                        YEAR_END)
                .numberedRow(6, NAMES[6], "区人社局",
                        "4月举办“春风行动”女性就业专场招聘会1场次，58家企业提供岗位900余个，初步达成就业意向213人。",
                        "2024年12月底")
                .row(null, null, "区妇联",
                        "开设巾帼创富课堂4场，内容涵盖直播带货、家政服务、面点制作等，培训妇女320人次。",
                        "2024年12月底")
                .merge("A12:A13").merge("B12:B13")
                .numberedRow(7, NAMES[7], "区卫健局",
                        "按照35—64岁适龄妇女“两癌”免费检查工作方案，上半年完成“两癌”检查0.96万人，检查结果已全部反馈。",
                        YEAR_END)
                .row(null, null, "区妇联",
                        "区妇联为低收入“两癌”患病妇女申请救助金，救助12人；为1.1万名妇女办理女性安康保险。",
                        null)
                .merge("A14:A15").merge("B14:B15").merge("E14:E15")
                .numberedRow(8, NAMES[8], "区总工会、团区委、区妇联、临淄医保分局、区住建局",
                        "职工医保参保人员住院分娩政策范围内医疗费用报销比例达到100%，上半年惠及参保职工1260人次；对符合政策的多孩家庭发放购房补贴31户。",
                        YEAR_END)
                .numberedRow(9, NAMES[9], "区司法局、区妇联、临淄公安分局、区法院",
                        "区司法局设立妇女儿童法律援助绿色通道，受理案件21件。临淄公安分局开展防拐防骗防欺凌安全培训，送教上门累计11次。"
                                + "区法院开展“法院开放日”活动3场，与区司法局联合开展“送法进校园”普法活动2场。",
                        YEAR_END)
                .numberedRow(10, NAMES[10], "区市场监管局",
                        "对学校周边小超市、母婴用品店等开展“美妆护苗”专项检查，出动执法人员156人次，检查经营主体203家，立案查处2起。",
                        YEAR_END)
                .blank(1)
                .row("填报人：李娜", null, null, "联系电话：13805331234")
                .save(DIR.resolve("临淄区2024年进展情况表-合并单元格.xls"));
    }

    /**
     * Fourth quarter, converted to .ods: header texts with spaces and line breaks, full-width 序号 and
     * figures, 十二场 and 两场次, a late, an empty and a non-date deadline, an extra row 11.
     */
    static void q4Ods() throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("linzi2024-ods");
        Path xlsx = tmp.resolve("临淄区2024年第四季度进展情况表.xlsx");
        SampleBook.xlsx().sheet("四季度")
                .row("临淄区2024年为全区妇女儿童办实事工作进展情况表（2024年第四季度）").merge("A1:E1")
                .row("单位：（盖章）")
                .row("序　号", "实事\n名称", "责任\n单位", "具体措施及任务\n进度情况", "完成\n时限")
                .row("１", NAMES[1], UNITS[1],
                        "“清凉”工程全面完成，全区５所考点学校１８６间教室空调全部安装到位。"
                                + "全年打造典型智慧教育应用场景３个，其中“智慧作业”场景在全市推广。",
                        YEAR_END)
                .row("２", NAMES[2], UNITS[2],
                        "全年联合区检察院开展“法治进校园”宣讲活动十二场，覆盖全区38所中小学，受教育师生1.5万余人次。"
                                + "心理健康云平台全年筛查学生4.6万人次，建立重点关注学生档案。",
                        "持续推进")
                .row("３", NAMES[3], UNITS[3],
                        "全年开展“戏曲进校园”活动18场，另有2场因学校期末考试安排推迟至2025年春季学期。"
                                + "托管教学课程全年累计开设14个班次，服务职工子女520余人。",
                        "2024年12月底")
                .row("４", NAMES[4], UNITS[4],
                        "全年培训家庭教育骨干力量60余人；累计打造规范化家庭教育指导服务站点20个，其中镇街站点9个、社区（村）站点11个。",
                        null)
                .row("５", NAMES[5], UNITS[5],
                        "全年为182名残疾儿童实施康复救助，发放康复训练补贴、辅具适配资金共计143.6万元；新建“希望小屋”6间，均已投入使用。"
                                + "孤儿助学工程资助实现全覆盖。",
                        "2025年6月30日")
                .row("６", NAMES[6], UNITS[6],
                        "举办“春风行动”女性就业专场招聘会两场次，提供岗位2100余个。全年开设巾帼创富课堂7场，计划2025年1月再开设1场。",
                        "2024.12")
                .row("７", NAMES[7], UNITS[7],
                        "全年对全区35-64岁适龄城乡妇女开展“两癌”免费检查2.13万人，检出并转诊疑似病例86人。"
                                + "为低收入“两癌”患病妇女发放救助金23.5万元，救助47人，实现应救尽救。",
                        "2024-12-31")
                .row("８", NAMES[8], UNITS[8],
                        "职工医保参保人员住院分娩政策范围内医疗费用报销比例达到100%。全年发放多孩家庭购房补贴89户、补贴资金267万元。",
                        "年底前")
                .row("９", NAMES[9], UNITS[9],
                        "全年开展送教上门行动22次，覆盖学生3100余人。开展“送法进校园”普法活动6场、“法院开放日”活动5场。",
                        YEAR_END)
                .row("１０", NAMES[10], UNITS[10],
                        "全年开展“美妆护苗”集中整治行动，检查经营主体486家次，查处违法案件7起，罚没款3.2万元。",
                        YEAR_END)
                .row("１１", "开展“三八”国际妇女节系列活动", "区妇联",
                        "开展“巾帼心向党”主题宣讲、“最美家庭”评选等活动46场，参与妇女群众5000余人次。",
                        YEAR_END)
                .blank(1)
                .row("填报人：孙丽", null, "审核人：刘静")
                .save(xlsx);
        toOds(xlsx, DIR);
        deleteTree(tmp);
    }

    /**
     * Third quarter with no place anywhere (the rules are found by the item names): 三季度 in the title,
     * Chinese numerals in 序号, a blank row inside the table, an empty progress cell, a name without 实施,
     * units without the leading 区, missing units, 尚未 and 98% against a constant 100%.
     */
    static void q3ByItemNames() throws IOException {
        SampleBook.xlsx().sheet("Sheet1")
                .row("2024年为全区妇女儿童办实事工作进展情况表（三季度）").merge("A1:E1")
                .blank(2)
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .row("一", NAMES[1], "区教体局",
                        "已为5所考点学校教室安装空调并投入使用。智慧教育应用场景建设方面，已建成3个典型应用场景，分别为“智慧课堂”“智慧作业”“AI阅读”。",
                        "2024年12月")
                .row("二", NAMES[2], "区教体局",
                        "开展“法治进校园”宣讲活动9场，覆盖学生7200余人。",
                        YEAR_END)
                .row("三", "实施润童心儿童素养提升工程", "文旅局、总工会",
                        "截至9月底，累计开展“戏曲进校园”活动15场。依托“齐鲁工惠APP”开设暑期托管教学课程10个班次，服务职工子女400余人。",
                        YEAR_END)
                .row("四", "家庭教育指导服务行动", "妇联\n教体局",
                        "培训家庭教育骨干40人，建成规范化家庭教育指导服务站点16个。",
                        YEAR_END)
                .row("五", NAMES[5], "区民政局\n区残联\n团区委", null, YEAR_END)
                .blank(1)
                .row("六", NAMES[6], "区人社局 区妇联",
                        "联合区人社局举办“春风行动”女性就业专场招聘会，为企业和求职妇女搭建对接平台。"
                                + "开展巾帼创富课堂，邀请电商讲师讲授直播带货技能，学员反响良好。",
                        YEAR_END)
                .row("七", "实施适龄妇女两癌免费检查和救助行动", "区卫健局、区妇联",
                        "截至9月底，全区已完成“两癌”免费检查15800人，完成率75.2%。下一步计划完成剩余5200人的检查任务。",
                        YEAR_END)
                .row("八", NAMES[8], "区总工会、团区委、区妇联、区住建局",
                        "职工医保参保人员住院分娩政策范围内医疗费用报销比例为98%，个别异地就医费用尚在审核中。团区委举办青年交友联谊活动2场。",
                        YEAR_END)
                .row("九", NAMES[9], "区司法局、区妇联、临淄公安分局、区法院",
                        "累计开展送教上门行动15次。开展“送法进校园”活动5场，“法院开放日”活动尚未开展。",
                        YEAR_END)
                .row("十", NAMES[10], "区市场监管局",
                        "开展儿童化妆品专项检查，检查经营户98家。",
                        "2025年12月31日")
                .save(DIR.resolve("2024年三季度实事进展情况.xlsx"));
    }

    /**
     * Neither title nor file name tells the quarter (the expected file gives it as an option): header
     * and progress cells with line breaks and numbered lists, phone numbers, ages, 十场/四场, 30多人,
     * 尚未 and 计划 figures, 本季度 before 累计.
     */
    static void q2NoQuarter() throws IOException {
        SampleBook.xlsx().sheet("Sheet1")
                .row("临淄区2024年为全区妇女儿童办实事工作进展情况表").merge("A1:E1")
                .row("单位：（盖章）", null, null, "填报时间：2024年7月3日")
                .row("序\n号", "实事\n名称", "责任\n单位", "本季度具体措施\n及任务进度情况", "完成\n时限")
                .row("1", NAMES[1], "区教体局",
                        "1.“清凉”工程：已完成3所考点学校空调安装，尚未完成的2所考点学校因线路改造，将于7月中旬前安装到位。\n"
                                + "2.智慧教育：打造“智慧课堂”“智慧作业”2个典型智慧教育应用场景。",
                        YEAR_END)
                .row("2", NAMES[2], "区教体局\n区检察院",
                        "联合区检察院开展“法治进校园”宣讲活动，本季度宣讲4场；截至6月底累计宣讲7场，受众师生5000余人次。\n"
                                + "开通心理咨询热线7220350，接听咨询126次。",
                        YEAR_END)
                .row("3", NAMES[3], "区文旅局\n区总工会",
                        "1.区文旅局：截至6月底共开展“戏曲进校园”活动十场，其中本季度六场。\n"
                                + "2.区总工会：开设托管教学课程3个班次，暑期计划再开设9个班次。",
                        "12月底")
                .row("4", NAMES[4], "区妇联\n区教体局",
                        "举办家庭教育骨干培训班，累计培训骨干力量30多人。\n全区规范化家庭教育指导服务站点已建成12个，另有5个站点正在建设。",
                        YEAR_END)
                .row("5", NAMES[5], "区民政局\n区残联\n团区委",
                        "区残联为0-6岁残疾儿童实施康复救助86名，发放救助资金52.3万元，康复救助对象平均年龄4岁。\n团区委新建“希望小屋”3间。",
                        YEAR_END)
                .row("6", NAMES[6], "区人社局\n区妇联",
                        "4月19日举办“春风行动”女性就业专场招聘会1场次，提供岗位800余个。\n巾帼创富课堂尚未开班，计划7月举办首期4场。",
                        YEAR_END)
                .row("7", NAMES[7], "区卫健局\n区妇联",
                        "截至6月30日，已为全区35-64岁适龄妇女免费检查“两癌”1.12万人，宫颈癌、乳腺癌早诊率分别为85%、90%。\n"
                                + "为“两癌”患病低收入妇女申请救助，咨询电话：13953336258。",
                        YEAR_END)
                .row("8", NAMES[8], "区总工会\n团区委\n区妇联\n市医保局临淄分局\n区住建局",
                        "职工医保参保人员住院分娩政策范围内医疗费用报销比例100%，上半年共报销生育医疗费用386.2万元，惠及职工2130人次。",
                        YEAR_END)
                .row("9", NAMES[9], "区司法局\n区妇联\n公安临淄分局\n区人民法院",
                        "1.区司法局：受理妇女儿童法律援助案件26件。\n2.临淄公安分局：开展送教上门行动8次。\n"
                                + "3.区法院：举办“法院开放日”活动3场，“送法进校园”活动四场。\n4.区妇联：联合开展防拐防骗宣传13场。",
                        YEAR_END)
                .row("10", NAMES[10], "区市场监管局",
                        "对全区学校周边126家小超市及母婴店开展“美妆护苗”检查，发现问题8处，已全部整改到位。",
                        YEAR_END)
                .row("填报人：赵磊", null, "联系电话：0533-7180236")
                .save(DIR.resolve("临淄区妇女儿童实事进展情况.xlsx"));
    }

    /**
     * A third-quarter report with nothing to find: 第3季度 in the title, 序号 as 1、, units written in
     * full (区教育和体育局, 淄博市公安局临淄分局 …), the header repeated on a second page, deadlines as
     * 2024年底, 2024-12-31, 12月31日前. Every figure reaches threshold × 3 / 4.
     */
    static void q3Clean() throws IOException {
        String[] header = {"序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"};
        SampleBook.xlsx().sheet("Sheet1")
                .row("临淄区2024年第3季度为全区妇女儿童办实事工作进展情况表").merge("A1:E1")
                .row("单位：（盖章）")
                .row(header)
                .row("1、", NAMES[1], "区教育和体育局",
                        "截至9月底，已为全区5所考点学校教室安装空调并投入使用；累计打造典型智慧教育应用场景3个。",
                        "2024年底")
                .row("2、", NAMES[2], "区教育和体育局\n区人民检察院",
                        "区教育和体育局、区人民检察院联合开展“法治进校园”宣讲活动，累计宣讲10场，覆盖师生8200余人次。",
                        "2024-12-31")
                .row("3、", NAMES[3], "区文化和旅游局\n区总工会",
                        "累计开展“戏曲进校园”活动16场；暑期开设托管教学课程10个班次，服务职工子女430余人。",
                        "12月31日前")
                .row("4、", NAMES[4], "区妇女联合会\n区教育和体育局",
                        "累计培训家庭教育骨干力量41人，建成规范化家庭教育指导服务站点15个。",
                        YEAR_END)
                .row("5、", NAMES[5], "区民政局\n区残疾人联合会\n共青团临淄区委",
                        "截至9月底，累计为140名残疾儿童实施康复救助；新建“希望小屋”5间。",
                        YEAR_END)
                .row(header)
                .row("6、", NAMES[6], "区人力资源和社会保障局\n区妇女联合会",
                        "举办“春风行动”女性就业专场招聘会2场次；累计开设巾帼创富课堂6场，培训妇女410人次。",
                        YEAR_END)
                .row("7、", NAMES[7], "区卫生健康局\n区妇女联合会",
                        "累计完成适龄妇女“两癌”免费检查1.6万人。",
                        YEAR_END)
                .row("8、", NAMES[8], "区总工会\n共青团临淄区委\n区妇女联合会\n淄博市医疗保障局临淄分局\n区住房和城乡建设局",
                        "职工医保参保人员住院分娩政策范围内医疗费用报销比例达到100%。",
                        YEAR_END)
                .row("9、", NAMES[9], "区司法局\n区妇女联合会\n淄博市公安局临淄分局\n区人民法院",
                        "累计开展送教上门行动15次，开展“送法进校园”普法活动5场，“法院开放日”活动5场。",
                        YEAR_END)
                .row("10、", NAMES[10], "区市场监督管理局",
                        "开展“美妆护苗”集中整治行动，检查经营主体152家次。",
                        YEAR_END)
                .save(DIR.resolve("临淄区2024年第3季度进展情况表-无问题.xlsx"));
    }

    /** Files the command line cannot check (exit status 2); no expected results. */
    static void badInputs() throws IOException {
        Files.createDirectories(BAD);
        // A zip that breaks off after a few bytes.
        byte[] junk = new byte[600];
        new Random(2024).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        Files.write(BAD.resolve("corrupt.xlsx"), junk);

        SampleBook.xlsx().sheet("Sheet1").save(BAD.resolve("empty.xlsx"));

        SampleBook.xlsx().sheet("Sheet1")
                .row("临淄区2024年为全区妇女儿童办实事工作进展情况表（第三季度）")
                .row("单位：（盖章）区妇联")
                .row("本季度各项实事进展顺利，详见附件文字材料。")
                .row("1.戏曲进校园活动累计开展14场；2.新建希望小屋3间。")
                .row("填报人：王晓燕  联系电话：7220350")
                .save(BAD.resolve("no-table.xlsx"));

        String rules = Files.readString(Path.of("test-data/rules-drl/2024/linzi.drl"), StandardCharsets.UTF_8);
        String broken = rules.replaceFirst("rule \"三、实施“润童心”儿童素养提升工程\"\nthen\n",
                "rule \"三、实施“润童心”儿童素养提升工程\"\nwhen\n    Item( number == )   // 故意写错：缺少数字（语法错误）\nthen\n");
        if (broken.equals(rules)) {
            throw new IllegalStateException("test-data/rules-drl/2024/linzi.drl changed: cannot break it");
        }
        Files.writeString(BAD.resolve("broken-rules.drl"), broken, StandardCharsets.UTF_8);

        SampleBook.xlsx().sheet("Sheet1")
                .row("为全区妇女儿童办实事工作进展情况表（第三季度）").merge("A1:E1")
                .row("单位：（盖章）临淄区妇联")
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .row("3", NAMES[3], UNITS[3], "累计开展“戏曲进校园”活动16场，开设托管教学课程9个班次。", "年底前")
                .row("4", NAMES[4], UNITS[4], "累计培训家庭教育骨干40人，建成家庭教育指导服务站点16个。", "年底前")
                .save(BAD.resolve("no-year.xlsx"));

        SampleBook.xlsx().sheet("Sheet1")
                .row("临淄区2019年为全区妇女儿童办实事工作进展情况表（第三季度）").merge("A1:E1")
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .row("1", "实施学前教育提升工程", "区教体局", "新建改扩建幼儿园3处，新增学位540个。", "2019年12月31日")
                .row("2", "实施妇女“两癌”免费检查", "区卫健局\n区妇联", "累计完成“两癌”检查1.2万人。", "2019年12月31日")
                .save(BAD.resolve("linzi-2019.xlsx"));
    }

    /** Converts with LibreOffice in a throwaway profile, so an office someone else runs is not disturbed. */
    private static void toOds(Path xlsx, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("linzi2024-lo");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "ods", "--outdir", outDir.toAbsolutePath().toString(), xlsx.toAbsolutePath().toString())
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("soffice failed converting " + xlsx);
        }
        Path ods = outDir.resolve(xlsx.getFileName().toString().replaceFirst("\\.xlsx$", ".ods"));
        if (!Files.isRegularFile(ods)) {
            throw new IOException("soffice wrote no " + ods);
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
