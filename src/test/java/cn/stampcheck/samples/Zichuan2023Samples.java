package cn.stampcheck.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the sample reports of test-data/2023-zichuan/ (淄川区 2023 年八件实事). Each sample's expected result is
 * written by hand next to it ({@code <name>.expected.json}); this class only writes the spreadsheets.
 *
 * <pre>
 * mvn -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt) cn.stampcheck.samples.Zichuan2023Samples
 * </pre>
 */
public final class Zichuan2023Samples {

    static final Path DIR = Path.of("test-data/2023-zichuan");

    static final String N1 = "免费实施孕前优生健康和“两癌”检查";
    static final String N2 = "开展基层文化品质提升行动";
    static final String N3 = "实施优质教育资源扩增赋能行动";
    static final String N4 = "实施儿童友好城市建设行动";
    static final String N5 = "实施心理健康辅导行动";
    static final String N6 = "实施巾帼就业创业创新";
    static final String N7 = "实施残疾儿童康复训练救助项目";
    static final String N8 = "实施特殊困难儿童关爱行动";
    static final String END = "2023年12月31日";

    public static void main(String[] args) throws Exception {
        q1Plain();
        secondSheetMerged();
        q3Numerals();
        q4YearEnd();
    }

    /** 一季度：标题带季度，“单位：（盖章）”一行，表头单元格内换行，页脚填报人/联系电话。 */
    static void q1Plain() throws IOException {
        SampleBook.xlsx().sheet("Sheet1")
                .row("2023年为全区妇女儿童办实事工作进展情况报表（第一季度）").merge("A1:E1")
                .row("单位：（盖章）")
                .row("序号", "实事名称", "责任单位", "具体措施\n及任务进度情况", "完成\n时限")
                .numberedRow(1, N1, "区妇联\n区财政局\n区卫健局",
                        "一是印发《2023年淄川区适龄妇女“两癌”免费检查工作方案》，明确检查对象为35-64岁城乡适龄妇女。"
                                + "二是截至3月底，全区累计完成“两癌”免费检查5120人，其中本季度完成宫颈癌筛查2600人。"
                                + "三是开展孕前优生健康检查326对。", END)
                .numberedRow(2, N2, "区文旅局\n区科协\n区财政局",
                        "城市书房已完成选址，位于般阳路文化街区，目前正在进行内部装修设计。"
                                + "组织全区中小学参加淄博市青少年科技创新大赛，已推荐科技创意项目2个参加市级比赛。"
                                + "本季度开展“科技进校园”活动3场，覆盖学生1200余人。", END)
                .numberedRow(3, N3, "区教体局",
                        "双泉小学主体工程完工50%；山水文园配套幼儿园完成规划设计；杨寨镇中心幼儿园改扩建工程已开工。",
                        "2023年12月底")
                .numberedRow(4, N4, "区妇联\n区发改局",
                        "儿童友好社区建设已完成方案设计，拟于二季度在般阳路街道、松龄路街道试点建设2个。"
                                + "儿童友好服务地图正在开发中，已完成8处实践基地信息采集。", END)
                .numberedRow(5, N5, "区教体局",
                        "依托淄博理工学校彩虹之光心理健康中心开通心理援助公益热线（电话：5287120），"
                                + "组建心理危机干预队伍1支，培训心理健康辅导员86名。", "长期")
                .numberedRow(6, N6, "区人社局\n区妇联",
                        "举办“春风行动”线上线下招聘会18场，提供就业岗位3200余个。开展家政、母婴护理技能培训4期，培训妇女160人。", END)
                .numberedRow(7, N7, "区残联\n区财政局",
                        "对0-17岁残疾儿童开展康复需求摸底，本季度为126名残疾儿童实施康复训练救助，拨付训练费、生活费189万元。", END)
                .numberedRow(8, N8, "区民政局\n团区委\n区财政局",
                        "按照社会散居孤儿、事实无人抚养儿童1848元/月/人，重点困境儿童1364元/月/人的标准，"
                                + "一季度为212名孤困境儿童发放基本生活费112.6万元。开展“希望小屋”困境儿童“城市体验”活动1次。", END)
                .blank(1)
                .row("填报人：孙丽", null, "联系电话：5181763")
                .save(DIR.resolve("zichuan-q1-plain.xlsx"));
    }

    /**
     * 二季度：第一张表是填报说明，报表在第二张表“第二季度”（标题不写季度）；表从 B2 开始；
     * 第1、2项按责任单位分行填写，序号、名称、时限单元格跨行合并；全角数字。
     */
    static void secondSheetMerged() throws IOException {
        SampleBook.xlsx()
                .sheet("填报说明")
                .row("请各责任单位于每季度末前5个工作日报送进展情况，电子版及盖章PDF版各一份。")
                .row("联系电话：5181763")
                .sheet("第二季度")
                .blank(1)
                .rowFrom(1, "2023年为全区妇女儿童办实事工作进展情况报表").merge("B2:F2")
                .rowFrom(1, "单位：（盖章）")
                .blank(1)
                .rowFrom(1, "序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .rowFrom(1, "1", N1, "区妇联",
                        "联合卫健部门深入镇村宣传“两癌”免费检查政策，发放明白纸1.2万份，组织适龄妇女预约检查。", END)
                .rowFrom(1, null, null, "区卫健局\n区财政局",
                        "本季度完成“两癌”免费检查5300人，截至6月底累计完成9860人，完成年度任务的49.3%。", null)
                .merge("B6:B7").merge("C6:C7").merge("F6:F7")
                .rowFrom(1, "2", N2, "区文旅局",
                        "城市书房主体装修基本完成，计划7月份正式开放运营，开放后每月开展主题阅读活动不少于2场。", END)
                .rowFrom(1, null, null, "区科协\n区财政局",
                        "组织参加第三十七届淄博市青少年科技创新大赛，完成科技创意项目比赛3个，获一等奖1个。"
                                + "累计开展“双减”——科技进校园活动5场，本季度开展2场。", null)
                .merge("B8:B9").merge("C8:C9").merge("F8:F9")
                .rowFrom(1, "3", N3, "区教体局",
                        "双泉小学已完成主体结构封顶；山水文园配套幼儿园完成施工招标；"
                                + "杨寨镇中心幼儿园、多彩童年幼儿园改扩建工程已开工，完成投资2860万元。", "2023年底")
                .rowFrom(1, "4", "儿童友好城市建设行动", "区妇联",
                        "已建成般阳路街道儿童友好社区1个，松龄路街道、昆仑镇2个社区正在建设中。"
                                + "儿童友好服务地图完成设计，已标注儿童友好实践基地8处。", END)
                .rowFrom(1, "5", N5, "区教体局",
                        "心理健康云平台上线运行，本季度开展心理健康评估筛查覆盖学生2.3万人次，开展心理危机早期干预12人次。", END)
                .rowFrom(1, "6", N6, "区人社局、区妇联",
                        "上半年累计举办“春风行动”等线上线下招聘会５２场（其中本季度２７场），达成就业意向１８６０人。",
                        "２０２３年１２月３１日")
                .rowFrom(1, "7", N7, "区残联\n区财政局",
                        "累计为143名残疾儿童实施康复训练救助，其中定点机构集中康复训练98名，“机构+社区+家庭”康复训练45名。", END)
                .rowFrom(1, "8", N8, "区民政局、团区委",
                        "为208名孤困境儿童累计发放基本生活费226.3万元；“希望小屋”项目新建小屋6间。", "2023.12")
                .blank(1)
                .rowFrom(1, "填报人：王芳　　联系电话：13853312345")
                .save(DIR.resolve("zichuan-second-sheet-merged.xlsx"));
    }

    /** 三季度（.xls）：序号写汉字、表头有全角空格、中间有空行，缺第5项，多出“其他工作”一行。 */
    static void q3Numerals() throws IOException {
        SampleBook.xls().sheet("进展情况")
                .row("2023年为全区妇女儿童办实事工作进展情况报表（三季度）").merge("A1:E1")
                .row("单位：（盖章）")
                .blank(1)
                .row("序　号", "实事名称", "责任单位", "具体措施及任务进度情况", "完成时限")
                .row("一", N1, "区妇联\n区财政局\n区卫健局",
                        "截至9月底，全区累计完成两癌免费检查1.48万人，检出宫颈癌前病变21例、乳腺癌3例，均已转诊治疗。", END)
                .row("二", N2, "区文旅局\n区科协\n区财政局",
                        "建成般阳路城市书房1处，已于7月正式开放，面积360平方米，藏书1.5万册。"
                                + "已完成科技创意项目比赛5个，全部获市级奖项。截至目前共开展科技进校园活动七场。", END)
                .row("三", N3, "区教体局",
                        "双泉小学主体完工，正在进行室内装修，预计2024年秋季学期投入使用；山水文园配套幼儿园主体封顶。",
                        "2024年8月")
                .row("四", N4, "区妇联\n区发展和改革局",
                        "已建成儿童友好社区2个，第3个社区正在进行适儿化改造，预计11月底完成。"
                                + "儿童友好服务地图上线试运行，覆盖实践基地6处。", null)
                .blank(1)
                .row("六", N6, "区人社局\n区妇联", null, END)
                .row("七", N7, "区残联\n区财政局", "累计为151名残疾儿童实施康复训练救助，拨付救助资金226.5万元。", END)
                .row("八", N8, "区民政局\n团区委\n区财政局",
                        "1-9月累计为215名孤困境儿童发放基本生活费330余万元。", END)
                .row("九", "其他工作", "区妇儿工委办", "开展“六一”儿童节系列活动12场。", END)
                .blank(1)
                .row("填报人：李娜", null, "联系电话：5181763")
                .save(DIR.resolve("zichuan-q3-numerals.xls"));
    }

    /** 四季度（.ods，由 xlsx 用 LibreOffice 转换）：无“单位”行，表头紧接标题。 */
    static void q4YearEnd() throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("zichuan-ods");
        Path xlsx = tmp.resolve("zichuan-q4-year-end.xlsx");
        SampleBook.xlsx().sheet("四季度")
                .row("2023年为全区妇女儿童办实事工作进展情况报表（第四季度）").merge("A1:E1")
                .row("序号", "实事名称", "责任单位", "具体措施及任务进度情况", "完成时限")
                .row("1", N1, "区妇联\n区财政局\n区卫健局",
                        "全年累计完成“两癌”免费检查20135人，完成年度任务的100.7%；对查出的112名异常人员全部进行随访。", END)
                .row("2", N2, "区文旅局\n区科协\n区财政局",
                        "城市书房1处已建成并投入使用，全年开展主题阅读活动46场。全年完成科技创意项目比赛5个。"
                                + "截至12月底，累计开展科技进校园活动12场，超额完成任务。", END)
                .row("3", N3, "区教体局",
                        "双泉小学、山水文园配套幼儿园已建成；杨寨镇中心幼儿园、多彩童年幼儿园改扩建完成，新增学位1260个。", END)
                .row("4", N4, "区妇联\n区发改局",
                        "全年建成儿童友好社区2个，昆仑镇儿童友好社区因选址调整尚未建成。儿童友好服务地图正式上线，覆盖实践基地8处。", END)
                .row("5", N5, "区教体局",
                        "心理援助公益热线全年接听来电420余次，开展心理健康评估筛查4.6万人次，培训心理健康骨干教师210名。", "持续推进")
                .row("6", N6, "区人社局\n区妇联",
                        "全年累计举办招聘会96场，其中“春风行动”专场招聘会12场，计划明年一季度再举办春风行动招聘会20场。", END)
                .row("7", N7, "区残联\n区财政局", "全年为163名残疾儿童实施康复训练救助，发放救助资金248万元。", END)
                .row("8", N8, "区民政局\n团区委\n区财政局",
                        "全年累计为216名孤困境儿童发放基本生活费446.8万元，“希望小屋”新建10间。", END)
                .blank(1)
                .row("填报人：张敏", null, "联系电话：5181763")
                .save(xlsx);
        toOds(xlsx, DIR);
    }

    /** Converts with LibreOffice: soffice --headless --convert-to ods --outdir DIR file.xlsx. */
    static void toOds(Path xlsx, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path out = Files.createTempDirectory("ods-out");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + out.resolve("profile"),
                "--headless", "--convert-to", "ods", "--outdir", out.toString(), xlsx.toString())
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("soffice failed for " + xlsx);
        }
        String name = xlsx.getFileName().toString().replaceFirst("\\.xlsx$", ".ods");
        Files.move(out.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
