package cn.stampcheck.draft;

import cn.stampcheck.extract.Numerals;
import cn.stampcheck.rules.Comparator;
import cn.stampcheck.rules.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the quantitative targets in one item's text: every number (Arabic or Chinese, with 万, 余/多)
 * directly followed by a known measure unit, or 百分之 and a Chinese number (a percentage), outside quotation marks and not an ordinal (第4届). Each
 * becomes a target with its comparator (不少于/以上/至少/达到 → at least; 不超过/以内/以下 → at most),
 * keywords, deadline and schedule — or, when the words around it say it is no goal (依托10个基地, 可容纳
 * 36个班, a subsidy standard, 每人… / 每处…, a range, the numeral 一 unless one thing is set up), a suggestion
 * marked 待确认. A stated deadline holds for the targets of its own part of the sentence (to the next ；or 。).
 */
public final class TargetFinder {

    private static final String ARABIC = "\\d+(?:[.,]\\d+)*";
    private static final String CHINESE = "[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*(?:点[零〇一二三四五六七八九]+)?";
    /** A number and its unit (groups num, wan, more, unit), or a share in % (百分之九十五: pct; 八成五: tenths, hundredths). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,零〇一二两三四五六七八九十百千万])(?:(?<num>" + ARABIC + "|" + CHINESE + ")(?<wan>万|千)?(?<more>余|多)?(?<unit>"
                    + MeasureUnits.longestFirst().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")"
                    + "|百分之(?<pct>" + CHINESE + "(?:点[零〇一二两三四五六七八九]+)?|百)"
                    + "|(?<tenths>[一二三四五六七八九])成(?<hundredths>[一二三四五六七八九])?(?![员为功立本果绩熟年长效就]))");
    private static final Pattern AT_LEAST = Pattern.compile("(不少于|不低于|至少|达到|超过|多于|突破|达)$");
    private static final Pattern AT_MOST = Pattern.compile("(不超过|不多于|不高于|控制在|(?<!不)低于|(?<!不)少于)$");
    private static final Pattern AFTER_AT_LEAST = Pattern.compile("^(及以上|以上)");
    private static final Pattern AFTER_AT_MOST = Pattern.compile("^(以内|以下|之内)");
    private static final Pattern EXISTING = Pattern.compile("依托|利用|现有|已有|已建|容纳|原有|共有");
    private static final Pattern MONEY = Pattern.compile("补贴|补助|(?<!高)标准|奖励|元/|万元|工资|津贴");
    /** 按每人1万元标准救助…40人: the standard is a manner of the verb, the count after it is the goal. */
    private static final Pattern BY_STANDARD = Pattern.compile("按[^，,；;。]*?标准");
    /** Setting up or building a thing: what is counted after it is the goal (设立辅导室一处, 依托文化馆建设中心1处). */
    private static final Pattern BUILD = Pattern.compile("新建|建设|建成|建立|设立|增设|开设|创建|打造|改建|扩建|改造|成立");
    /** 每处, 每个, 每人…, 每周…: a capacity, standard or frequency per unit, not a total to reach. */
    private static final Pattern PER_UNIT = Pattern.compile(
            "每(?:个|处|所|间|座|家|户|人|名|位|场|期|班|次|周|月|年|季度|天|日|学期)|单笔|单户|最高");
    /** 均达到: the same amount for each thing listed before it (管理率、…管理率均达到92%). */
    private static final Pattern REVISED = Pattern.compile("[（(]\\s*原(?:为|定|计划|目标)[^）)]*[）)]");
    /** The lower end of a range written before a number: 15—20个, 20至25期, 10-15场. */
    private static final Pattern RANGE_START = Pattern.compile(
            "(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千万]+)\\s*%?\\s*[-—–~～至到]\\s*$");
    /** What stands between a rate's name and its figure: 保持在, 达到, 不低于… */
    private static final Pattern RATE_VERB = Pattern.compile("(?:保持在|保持|稳定在|达到|达|不低于|不少于|超过|提高到|提升到|为|在)+$");
    /** 由2025年的1860个增加到2300个: the figure after 由/从 is where it starts, not the goal. */
    private static final Pattern FROM = Pattern.compile("(?:由|从)[^，,；;。]{0,12}$");
    private static final Pattern TO = Pattern.compile("^[^，,；;。]{0,6}?(?:增加|提高|提升|扩大|增长|上升|减少|降低|下降)?(?:到|至)");
    /** 两项/三项 before 均: how many things the previous clause joins with 和. */
    private static final Pattern COUNTED = Pattern.compile("([两三四])项");
    private static final Pattern EACH = Pattern.compile("分别|均(?=达到|达|为|不低于|不少于|超过|保持|在|不超过|控制|由)|各$");
    /**
     * A stage of the year's work, the work named before: 一季度完成30%, 6月底前完成50场, 其中一季度10场、二季度10场,
     * 上半年建成3个 — nothing but a time, a verb and the figure, which ends its clause.
     */
    private static final Pattern MILESTONE = Pattern.compile("^(?:其中)?(?:[^、]*、)*(?:第?[一二三四1-4]季度(?:末|底)?|[上下]半年"
            + "|(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:\\d{1,2}日|底|末)?前?|年底前?|年内|全年)"
            + "(?:前|内|末)?(?:完成|建成|达到|累计完成|开展|实现)?(?:任务的?|总量的?|目标的?)?$");
    /** A quarter's or half-year's share (一季度…, 上半年…); one dated share alone (其中6月底前完成10处) is a goal. */
    private static final Pattern QUARTERLY = Pattern.compile("季度|半年");
    private static final Pattern STAGE = Pattern.compile(
            "(?:季度|半年|月底|月末|月\\d{1,2}日|年底)前?(?:完成|建成)?(?:\\d+|[一二三四五六七八九十百千万]+)");

    /** How many dated shares the number's sentence lists (一季度完成20场，6月底前完成50场，年底前完成100场: 3). */
    private static int stages(String text, Matcher m) {
        int from = Math.max(0, text.lastIndexOf('。', m.start()) + 1);
        int to = text.indexOf('。', m.end());
        Matcher stage = STAGE.matcher(text.substring(from, to < 0 ? text.length() : to));
        int n = 0;
        while (stage.find()) {
            n++;
        }
        return n;
    }

    /** 在全区13个镇（街道）开展…, 在县婚姻登记处和14个乡镇设立…: where the work is done. */
    private static final Pattern SCOPE = Pattern.compile("(?:^|在[^开展设建举组织办实推为]{0,12}|全)(?:全?[区县市])?$");
    private static final Pattern PLACES = Pattern.compile("(?:乡镇|镇|街道|行政村|自然村|村|社区|县|区)");
    /** 其中泰山区9000人、岱岳区11000人: a place's share of the total (with the place written just before it). */
    private static final Pattern SHARE = Pattern.compile("^(?:其中)?[：:]?\\s*(?![全本各该每])[\\p{IsHan}]{1,4}(?:区|县|市|镇|乡|街道)"
            + "(?:各|均)?(?:不少于|不低于|至少|达到|完成|为)?\\s*$");
    /** A place and a figure after it, where a list of shares has them. */
    private static final Pattern PLACE_FIGURE = Pattern.compile("(?:^|[、，,：:；;（(]|其中)(?![全本各该每])[\\p{IsHan}]{1,4}"
            + "(?:区|县|市|镇|乡|街道)(?:各|均)?(?:不少于|不低于|至少|达到|完成|为)?\\s*\\d");
    /**
     * 各县（市、区）均不低于97%, 每个县（市、区）5所, 在10个镇街各打造1处: a floor for every place (not 各镇街建成…20处,
     * a total).
     */
    private static final Pattern SHARED_OUT = Pattern.compile("(?:(?:各|每个)(?:县区|县|区|乡镇|镇街|镇|街道)(?:[（(][^）)]*[）)])?"
            + "(?:均|各)?(?:不少于|不低于|至少|达到|完成|为)?|(?:县区|乡镇|镇街|镇|街道|村|社区)(?:[（(][^）)]*[）)])?各"
            + "[\\p{IsHan}]{0,6})\\s*$");
    /** 选取50个，7月底前建成…: the things chosen are what the next clause builds, by its date. */
    private static final Pattern CHOSEN = Pattern.compile("(?:选取|选择|遴选|选定)$");
    /** 新建幼儿园4所，新增学位1080个: what the new buildings add comes with them. */
    private static final Pattern ADDED = Pattern.compile("^\\s*新增");
    private static final Pattern CARRY_OUT = Pattern.compile("开展|举办|组织|提供|完成");
    /** 发放…资金50万元, 发放…贷款3000万元: a sum to pay out in the year is a goal, not a standard. */
    private static final Pattern TOTAL = Pattern.compile("(?:共计|合计|总计)$");
    private static final Pattern PAY_OUT = Pattern.compile("发放|拨付|筹集|募集");
    private static final Pattern INVESTMENT = Pattern.compile("投资|投入|资金|预算|经费");
    private static final String CLAUSE_END = "，,；;：:。！？!?";
    private static final String SENTENCE_END = "。！？!?";

    private TargetFinder() {
    }

    /**
     * @param item the item number
     * @param text the item's compact text without its responsibility note
     * @param year the notice's year (for stated deadlines)
     * @param itemTime the item's time where its sentences state none (a 附件 table's 完成时限), or null for
     *                 the year's end
     */
    public static List<DraftTarget> find(int item, String text, int year, LocalDate itemTime) {
        boolean[] quoted = quotedMask(text);
        List<DraftTarget> out = new ArrayList<>();
        List<Integer> clauseOf = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (quoted[m.start()]) {
                continue;
            }
            String unit = unit(m);
            if (m.group("unit") != null && m.end() < text.length() && MeasureUnits.notFollowedBy(unit).indexOf(text.charAt(m.end())) >= 0) {
                continue;
            }
            char prev = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            if (prev == '第' || prev == '前' && m.start() > 1 && text.charAt(m.start() - 2) == '第') {
                continue;
            }
            boolean chinese = m.group("num") == null || !Character.isDigit(m.group("num").charAt(0));
            // 八成 is 80%, 八成五 85%
            Optional<BigDecimal> value = m.group("tenths") != null
                    ? Optional.of(BigDecimal.valueOf(10L * ItemSplitter.number(m.group("tenths"))
                            + (m.group("hundredths") == null ? 0 : ItemSplitter.number(m.group("hundredths")))))
                    : m.group("pct") != null ? Numerals.parse("百分之" + m.group("pct"))
                    : Numerals.parse(m.group("num").replace(",", "") + (m.group("wan") == null ? "" : m.group("wan")));
            if (value.isEmpty() || value.get().signum() <= 0) {
                continue;
            }
            // a range commits its lower end: 新增托位200—300个 is at least 200
            Matcher range = RANGE_START.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
            if (range.find()) {
                Optional<BigDecimal> low = Numerals.parse(range.group(1));
                if (low.isPresent() && low.get().signum() > 0 && low.get().compareTo(value.get()) < 0) {
                    value = low;
                }
            }
            int clause = boundary(text, quoted, m.start(), -1, "。！？!?；;");
            // the sentence's last target, else its last 待确认 one ("每季度举办招聘会不少于2场，全年共8场")
            DraftTarget previous = null;
            for (int k = out.size() - 1; k >= 0 && (previous == null || previous.suggestion()); k--) {
                if (clauseOf.get(k) == clause && (previous == null || !out.get(k).suggestion())) {
                    previous = out.get(k);
                }
            }
            for (DraftTarget t : targets(item, text, quoted, m, chinese, value.get(), year, itemTime, previous)) {
                out.add(t);
                clauseOf.add(clause);
            }
        }
        return unique(out);
    }

    private static List<DraftTarget> targets(int item, String text, boolean[] quoted, Matcher m, boolean chinese,
                                             BigDecimal value, int year, LocalDate itemTime,
                                             DraftTarget previous) {
        int cs = boundary(text, quoted, m.start(), -1, CLAUSE_END);
        int ce = boundary(text, quoted, m.end(), +1, CLAUSE_END);
        int ss = boundary(text, quoted, m.start(), -1, SENTENCE_END);
        int se = boundary(text, quoted, m.end(), +1, SENTENCE_END);
        String clauseBefore = text.substring(cs, m.start());
        String clauseAfter = text.substring(m.end(), ce);
        String sentence = text.substring(ss, Math.min(text.length(), se + 1)).strip();
        String unit = unit(m);

        Comparator comparator = Comparator.AT_LEAST;
        String beforeWords = clauseBefore.replaceAll("约$", "");
        if (AT_MOST.matcher(beforeWords).find() || AFTER_AT_MOST.matcher(clauseAfter).find()) {
            comparator = Comparator.AT_MOST;
        }

        String doubt = doubt(text, m, chinese, value, unit, clauseBefore);
        // a stated deadline holds for its own part of the sentence (to the next ；or 。), not for earlier parts:
        // "新建儿童之家8个；6月底前完成轮训" leaves the 8个 at the year's end
        LocalDate deadline = deadline(text, quoted, m, year, itemTime);
        Schedule schedule = null;
        if (unit.equals("%") && (value.compareTo(BigDecimal.valueOf(100)) >= 0 || clauseBefore.contains("比例"))) {
            schedule = Schedule.CONSTANT;
        }
        String amount = amount(m, chinese, value);
        List<String> aliases = MeasureUnits.aliases(unit);

        // 分别/均: "“送法进校园”活动、“法院开放日”活动分别不少于6场" is one target for each listed part; with nothing
        // listed before 均 in its clause, the list is the previous clause ("开展听力筛查、心脏病筛查，筛查率均达到98%")
        Matcher each = EACH.matcher(clauseBefore);
        List<String> parts = new ArrayList<>();
        boolean paired = false;
        if (each.find()) {
            if (each.start() > 0) {
                parts.addAll(splitList(clauseBefore.substring(0, each.start()), quoted, cs));
                // "遗传代谢性疾病筛查率和听力筛查率均达到98%": two rates joined by 和; "宫颈癌和乳腺癌筛查各8000人"
                List<String> joined = splitList(clauseBefore.substring(0, each.start()), quoted, cs, "、和及与");
                if (parts.size() < 2 && joined.size() >= 2 && (joined.stream().allMatch(r -> r.endsWith("率"))
                        || each.group().equals("各") && joined.size() <= 3)) {
                    parts = joined;
                }
            }
            if (parts.size() < 2 && each.group().equals("均") && cs > ss) {
                int pcs = boundary(text, quoted, cs - 1, -1, CLAUSE_END);
                parts = splitList(text.substring(pcs, cs - 1), quoted, pcs);
                // "开展遗传代谢性疾病和听力筛查，两项筛查率均…": the count says how many things 和 joins
                Matcher counted = COUNTED.matcher(clauseBefore.substring(0, each.start()));
                if (parts.size() < 2 && counted.find()) {
                    List<String> joined = splitList(text.substring(pcs, cs - 1), quoted, pcs, "、和及与");
                    if (joined.size() == "  两三四".indexOf(counted.group(1))) {
                        parts = joined;
                    }
                }
            }
            // "A率、B率分别达到93%、95%": as many figures as parts, the k-th figure is the k-th part's
            String before = clauseBefore.substring(each.end());
            int k = (int) before.chars().filter(c -> c == '、').count();
            int n = k + 1 + (int) clauseAfter.chars().filter(c -> c == '、').count();
            if (each.group().equals("分别") && n >= 2 && n == parts.size()) {
                parts = List.of(parts.get(k));
                paired = true;
            }
        }
        if (parts.size() < 2 && !paired && unit.equals("%")) {
            // "孕产妇系统管理率、3岁以下儿童系统管理率保持在92%以上": listed rates share the figure without 均
            List<String> rates = splitList(RATE_VERB.matcher(clauseBefore).replaceAll(""), quoted, cs, "、和及与");
            if (rates.size() >= 2 && rates.stream().allMatch(r -> r.endsWith("率"))) {
                parts = rates;
            }
        }
        if (parts.size() < 2 && !paired) {
            parts = List.of(segmentBefore(text, quoted, cs, m.start()));
        }
        List<DraftTarget> out = new ArrayList<>();
        for (String part : parts) {
            List<String> names = new ArrayList<>(Keywords.quoted(part));
            List<String> phrases = new ArrayList<>();
            // the main phrase is the last listed one: 开展家长课堂、模拟法庭等家庭教育活动 → 家庭教育活动, then the others
            String[] listed = part.split("[、等]");
            String main = Keywords.before(listed[listed.length - 1]);
            phrases.add(main);
            if (main.length() < 2 || parts.size() == 1 && names.isEmpty() && main.length() < 4) {
                names.addAll(Keywords.quoted(clauseAfter));
                phrases.addAll(Keywords.after(clauseAfter));
            }
            for (int k = 0; k < listed.length - 1; k++) {
                phrases.add(Keywords.before(listed[k]));
            }
            List<String> keywords = Keywords.derive(names, phrases);
            String label = Keywords.label(names, phrases.stream().filter(p -> p.length() >= 2).toList());
            if (keywords.isEmpty()) {
                // "开展…技能培训12场，培训妇女500人": a count with only generic words of its own counts the
                // previous target's activity, so it is known by that target's keywords
                String light = Keywords.light(part);
                if (previous != null) {
                    keywords = previous.keywords();
                    label = previous.label() + (light.length() >= 2 ? "·" + light : "");
                } else if (light.length() >= 2) {
                    keywords = List.of(light);
                    label = light;
                }
            }
            if (keywords.isEmpty() && cs > ss && Keywords.before(clauseBefore).length() < 2) {
                // "贷款额度比上年翻一番，达到4000万元": the clause before names what reaches the figure
                List<String> prior = Keywords.derive(List.of(),
                        List.of(Keywords.before(text.substring(boundary(text, quoted, cs - 1, -1, CLAUSE_END), cs - 1))));
                if (!prior.isEmpty()) {
                    keywords = prior;
                    label = prior.get(0);
                }
            }
            if (keywords.isEmpty()) {
                String fallback = Keywords.before(clauseBefore);
                keywords = fallback.length() >= 2 ? List.of(fallback) : List.of(unit);
                doubt = doubt != null ? doubt : "找不到指称这个目标的词，请补上关键词";
            }
            if (label.isEmpty()) {
                label = keywords.get(0);
            }
            out.add(new DraftTarget(item, label, keywords, comparator, value, amount, unit, aliases, deadline,
                    schedule, sentence, doubt));
        }
        return out;
    }

    /**
     * The deadline a target's part of the sentence (to the next ；or 。) states for it: its own clause's (年内 is
     * the year's end: "6月底前建成8处，年内开展100场"), else that of the nearest dated clause before it when that
     * clause counts nothing ("6月底前，新建20个，开展培训10场") or the target is what the clause just before builds
     * adds ("9月1日前新建幼儿园4所，新增学位1080个"), else that of a clause after it that counts nothing
     * and names no work of its own ("新增学位1.8万个，9月底前全部投入使用", but not "开展80场次，7月10日前完成水域排查"),
     * or whose work is done on the things the target chose ("选取50个，7月底前建成服务站"), else the item's time
     * (also for 年内).
     */
    private static LocalDate deadline(String text, boolean[] quoted, Matcher m, int year, LocalDate itemTime) {
        int cs = boundary(text, quoted, m.start(), -1, CLAUSE_END);
        int ce = boundary(text, quoted, m.end(), +1, CLAUSE_END);
        LocalDate own = Deadlines.find(text.substring(cs, ce), year);
        if (own != null) {
            return own;
        }
        if (Deadlines.saysYearEnd(text.substring(cs, ce))) {
            return itemTime; // 年内 names no day: the table's time, which falls within the year, is the one
        }
        int ps = boundary(text, quoted, m.start(), -1, "。！？!?；;");
        int pe = boundary(text, quoted, m.end(), +1, "。！？!?；;");
        String lead = text.substring(cs, m.start());
        boolean added = ADDED.matcher(lead).find();
        boolean chosen = CHOSEN.matcher(lead).find();
        LocalDate before = null;
        for (int at = ps; at < pe; ) {
            int end = boundary(text, quoted, at, +1, CLAUSE_END);
            String clause = REVISED.matcher(text.substring(at, Math.min(end, pe))).replaceAll("");
            LocalDate d = Deadlines.find(clause, year);
            boolean counts = NUMBER.matcher(clause).find();
            if (at < cs) {
                // the nearest dated clause before decides: "5月31日前完成排查，年底前创建5家，新增托位200个" is December
                if (d != null || Deadlines.saysYearEnd(clause)) {
                    boolean builds = added && end + 1 >= cs && BUILD.matcher(clause).find();
                    before = counts && !builds ? null : d;
                }
            } else if (at == cs) {
                if (before != null) {
                    return before;
                }
            } else if (d != null && !counts
                    && (chosen || Deadlines.without(clause).replaceAll("[全部已并均]", "").length() <= 6)) {
                return d;
            }
            at = end + 1;
        }
        return itemTime;
    }

    /** Why a number is probably not a goal, or null. */
    private static String doubt(String text, Matcher m, boolean chinese, BigDecimal value, String unit,
                                String clauseBefore) {
        int s = m.start();
        String rest = text.substring(m.end(), boundary(text, new boolean[text.length() + 1], m.end(), +1, CLAUSE_END + "、"));
        if (MILESTONE.matcher(clauseBefore).matches() && rest.replaceAll("[以上左右的]", "").isEmpty()
                && (unit.equals("%") || QUARTERLY.matcher(clauseBefore).find() || stages(text, m) >= 2)) {
            return "这是分季度（阶段）进度，不是全年目标";
        }
        String place = clauseBefore.substring(Math.max(clauseBefore.lastIndexOf('、'),
                Math.max(clauseBefore.lastIndexOf('（'), clauseBefore.lastIndexOf('('))) + 1);
        boolean listed = place.contains("各") && clauseBefore.contains("、") || sharesIn(text, s) >= 2;
        if (SHARED_OUT.matcher(clauseBefore).find() || listed && SHARE.matcher(place).find()) {
            return "这是各县（市、区）或镇（街道）的分解数，不是全域目标";
        }
        if (FROM.matcher(clauseBefore).find() && TO.matcher(text.substring(m.end())).find()) {
            return "这是起点（原有数），不是目标";
        }
        if (chinese && value.compareTo(BigDecimal.TEN) < 0 && s > 0 && "”」\"".indexOf(text.charAt(s - 1)) >= 0) {
            return "这是前面引号中列举的几样，不是目标";
        }
        if (SCOPE.matcher(clauseBefore).find() && text.startsWith("个", m.end() - 1)
                && PLACES.matcher(text.substring(m.end())).lookingAt()) {
            return "这是开展工作的地点范围，不是要完成的数量";
        }
        Matcher existing = EXISTING.matcher(clauseBefore);
        int lastExisting = -1;
        while (existing.find()) {
            lastExisting = existing.end();
        }
        // "依托县文化馆建设活动中心1处", "依托婚姻登记中心开展辅导300人次": 依托 governs the place; what is
        // built or done there after it is counted
        if (lastExisting >= 0 && !BUILD.matcher(clauseBefore.substring(lastExisting)).find()
                && !CARRY_OUT.matcher(clauseBefore.substring(lastExisting)).find()) {
            return "句中说的是依托、现有或可容纳的数量，不一定是要完成的目标";
        }
        // "发放救助金…，救助资金共计200万元": the total paid out, named in the clause or summed up after it
        String sentence = text.substring(boundary(text, new boolean[text.length() + 1], s, -1, "。；;"), s);
        boolean paidOut = (PAY_OUT.matcher(clauseBefore).find() || TOTAL.matcher(clauseBefore).find()
                && PAY_OUT.matcher(sentence).find()) && unit.endsWith("元") && !clauseBefore.contains("每");
        if (!paidOut && (MONEY.matcher(BY_STANDARD.matcher(clauseBefore).replaceAll("").replace("标准化", "")).find()
                && !unit.equals("%") || text.startsWith("/", m.end()) || INVESTMENT.matcher(clauseBefore).find())) {
            return "句中说的是补贴、投资或标准，不一定是要完成的目标";
        }
        String near = text.substring(Math.max(0, s - 4), s);
        if (near.contains("每") || PER_UNIT.matcher(BY_STANDARD.matcher(clauseBefore).replaceAll("")).find()) {
            return "“每…”是一个标准，不一定是要完成的目标";
        }
        // "设立婚姻家庭辅导室一处": one thing set up, counted after it, is a goal; "配备儿童主任一名" is not
        boolean builtOne = BUILD.matcher(clauseBefore).find() && unit.matches("[处个所座间家]")
                && (m.end() >= text.length() || CLAUSE_END.indexOf(text.charAt(m.end())) >= 0);
        if (chinese && value.compareTo(BigDecimal.ONE) == 0 && !builtOne) {
            return "“一" + unit + "”多是描述，不一定是目标";
        }
        if (chinese && (unit.equals("项") || unit.equals("件")) && value.compareTo(BigDecimal.TEN) < 0) {
            return "“几项”多是描述措施的数目，不一定是目标";
        }
        return null;
    }

    /** How many places with a figure the sentence around {@code at} lists. */
    private static int sharesIn(String text, int at) {
        int from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at)) + 1;
        int to = text.indexOf('。', at);
        Matcher places = PLACE_FIGURE.matcher(text.substring(from, to < 0 ? text.length() : to));
        int n = 0;
        while (places.find()) {
            n++;
        }
        return n;
    }

    private static String amount(Matcher m, boolean chinese, BigDecimal value) {
        if (!chinese && m.group("wan") != null) {
            return m.group("num").replace(",", "") + m.group("wan");
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private static String unit(Matcher m) {
        return m.group("pct") != null || m.group("tenths") != null ? "%" : m.group("unit");
    }

    /** The list part the number belongs to: back to the previous 、 or the clause start. */
    private static String segmentBefore(String text, boolean[] quoted, int clauseStart, int at) {
        int i = at - 1;
        while (i >= clauseStart && !(text.charAt(i) == '、' && !quoted[i])) {
            i--;
        }
        String seg = text.substring(i + 1, at);
        if (!Keywords.hasVerb(seg) || seg.contains("等")) {
            // "开展非遗、戏曲、陶琉等知识讲座、培训、辅导活动10场": the listed kinds without their own number
            // belong to this target too, back to the part holding the verb
            int end = i;
            while (end >= clauseStart) {
                int j = end - 1;
                while (j >= clauseStart && !(text.charAt(j) == '、' && !quoted[j])) {
                    j--;
                }
                String part = text.substring(j + 1, end);
                if (NUMBER.matcher(part).find()) {
                    break;
                }
                seg = part + "、" + seg;
                end = j;
                if (Keywords.hasVerb(part)) {
                    break;
                }
            }
        }
        return seg;
    }

    private static List<String> splitList(String text, boolean[] quoted, int offset) {
        return splitList(text, quoted, offset, "、");
    }

    private static List<String> splitList(String text, boolean[] quoted, int offset, String separators) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? (depth > 0 ? -1 : 0) : 0;
            // 各县（市、区）is one thing
            if (separators.indexOf(c) >= 0 && !quoted[offset + i] && depth == 0) {
                out.add(text.substring(from, i));
                from = i + 1;
            }
        }
        out.add(text.substring(from));
        return out;
    }

    /** The index after the previous (dir -1) or at the next (dir +1) delimiter outside quotes. */
    private static int boundary(String text, boolean[] quoted, int at, int dir, String delimiters) {
        if (dir < 0) {
            for (int i = at - 1; i >= 0; i--) {
                if (delimiters.indexOf(text.charAt(i)) >= 0 && !quoted[i]) {
                    return i + 1;
                }
            }
            return 0;
        }
        for (int i = at; i < text.length(); i++) {
            if (delimiters.indexOf(text.charAt(i)) >= 0 && !quoted[i]) {
                return i;
            }
        }
        return text.length();
    }

    /** True for each character inside “…”, ‘…’, 《…》, 「…」 or "…" (the quotes included). */
    static boolean[] quotedMask(String text) {
        boolean[] mask = new boolean[text.length() + 1];
        int depth = 0;
        boolean ascii = false;
        // a revised notice keeps the old value in brackets: 新建8处（原为12处）, 9月底前完成（原为6月底前）
        Matcher revised = REVISED.matcher(text);
        while (revised.find()) {
            java.util.Arrays.fill(mask, revised.start(), revised.end(), true);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("“《「『".indexOf(c) >= 0) {
                depth++;
            } else if (c == '"') {
                ascii = !ascii;
                mask[i] = true;
            }
            mask[i] = mask[i] || depth > 0 || ascii;
            if ("”》」』".indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return mask;
    }

    /** The same number, unit and label only once per item; labels made unique. */
    private static List<DraftTarget> unique(List<DraftTarget> targets) {
        List<DraftTarget> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (DraftTarget t : targets) {
            String key = t.threshold().stripTrailingZeros().toPlainString() + "|" + t.unit() + "|" + t.label();
            if (!seen.add(key)) {
                continue;
            }
            String label = t.label();
            for (int k = 2; !labels.add(label); k++) {
                label = t.label() + "（" + k + "）";
            }
            out.add(label.equals(t.label()) ? t : t.withLabel(label));
        }
        return out;
    }
}
