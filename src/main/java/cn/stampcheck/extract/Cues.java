package cn.stampcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words around a figure that say which period it covers (its {@link Marker}) and whether it is
 * progress at all (planned, negated, a goal, last year's, a comparison). All cues of a text are found once
 * ({@link FastScan}); the questions are then answered by position.
 *
 * <p><b>Markers.</b> The clause before the figure is read first, then the earlier clauses of the same
 * sentence, nearest first; the first of them with a cue decides. Within one stretch of text:
 * <ol>
 *   <li>a year-to-date span (截至, 截止, 至今, 迄今, 目前, 今年, 本年度, 今年以来, 年初以来, 前三季度, 上半年,
 *       1-9月, 全年累计, 年内累计) makes the figure {@link Marker#CUMULATIVE} — also in 截至本季度末;</li>
 *   <li>else a quarter (本季度, 本季, 该季度, 当季, 上季度, 第三季度, 三季度, Q3, 7-9月, 9月份, 本月) makes it
 *       {@link Marker#QUARTER} — also in 本季度共开展 or 本季度累计开展, where the quarter scopes the total;</li>
 *   <li>else a total (累计, 总计, 合计, 共计, 一共, 共, 已) makes it {@link Marker#CUMULATIVE} (共 not in
 *       共青团, 公共, 共建, 共享, 共同 …).</li>
 * </ol>
 *
 * <p><b>Not progress.</b> Read in the clause before the figure (with the clauses it continues after 、):
 * <ul>
 *   <li>last year's figure or a comparison (去年, 上年, 历年, 往年, 同比, 环比, 较上季度) rejects it, also
 *       before 累计 or 已 (历年累计), unless 今年 follows;</li>
 *   <li>otherwise the last cue decides: a plan or negation (计划, 拟, 将于/将继续/将开展 …, 即将, 应检/应完成 …,
 *       预计, 争取, 力争, 准备, 打算, 下季度, 下一步, 下阶段, 下半年, 明年, 尚未, 未, 暂未, 还未, 没有) or what is
 *       left to do (剩余, 其余, 尚有) rejects it;
 *       a goal word (目标, 任务, 要求) rejects it unless the clause says before it that the goal was reached
 *       (已, 完成, 实现, 达到); a year-to-date or total cue after them accepts it (计划20场已完成12场); a
 *       quarter does not (拟于第四季度开展20场 is still a plan);</li>
 *   <li>words that only look like cues are not cues: 按计划, 春蕾计划, 模拟, 将近, 将戏曲融入…, 未成年, 未来,
 *       未婚, 未就业, 目标人群, 按要求;</li>
 *   <li>earlier clauses of the sentence reject the figure only with a forward-looking lead (下一步，… /
 *       下季度，… / 计划，…) not followed by a marker.</li>
 * </ul>
 */
final class Cues {

    private static final String CN_Q = "[一二三四1-4]";
    private static final String CN_M = "(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])";

    private static final FastScan SPAN = new FastScan("截至迄目今年开自前上全本",
            "截至|截止|至今|迄今|目前|今年以来|年初以来|开年以来|自年初|年度以来|今年|本年度|本年|前" + CN_Q + "个?季度|上半年"
                    + "|全年累计|年内累计|全年共|年内共");
    private static final FastScan SPAN_MONTHS = new FastScan("1一",
            "(?:1|一)\\s*[-~至到]\\s*" + CN_M + "\\s*月|(?:1|一)月(?:份)?以来", "月", 8);
    private static final FastScan QUARTER = new FastScan("本该当这上第Qq",
            "本季度|本季|该季度|当季|这季度|这一季度|上季度|上一季度|第" + CN_Q + "季度|[Qq][1-4]|本月|当月");
    private static final FastScan QUARTER_NUMBERS = new FastScan("0123456789一二三四五六七八九十",
            "(?<![下前上第])" + CN_Q + "季度|" + CN_M + "\\s*[-~至到]\\s*" + CN_M + "\\s*月|" + CN_M + "月份", "季月", 8);
    private static final FastScan TOTAL = new FastScan("累总合共一已",
            "累计|总计|合计|共计|一共|总共|(?<!公)共(?!青|建|享|同|育|治|创|融|进|护|筑|商|赢|情|性|识|鸣|担|产|和|成长|富)|已");

    /** 按年度计划, 依照季度计划: the schedule the work keeps to, not a plan (按季度计划筛查率达到88%). */
    private static final String SCHEDULE = "(?<!(?:按|照|依|据)(?:年度|季度|全年|月度|年初|既定|原定|原|总体)?(?:工作|进度)?)";
    /** 实施“家庭共成长”计划，…: a programme carried out, named at the end of its clause, is no plan. */
    private static final String PROGRAMME = "(?<!(?:实施|落实|开展|推进|启动|深化|依托)[^，。；,;]{0,12})";
    private static final String PLANNED = "(?<![按照业蕾动育程\"”」』苗划])" + SCHEDULE + PROGRAMME + "计划(?!生育|内|书|表|的|外)|(?<![模虚])拟"
            + "|(?<!即)将(?=于|要|在|继续|开展|举办|组织|进一步|持续|全面|陆续|再|会|新建|建成|建设|完成|实现|达到|培训|为|对"
            + "|适时|择机|启动|推进|年|月|下|明|今|第|全年|本年|逐步|力争|争取)|即将"
            + "|(?<![相响供适对反效回答感])应(?=检|查|筛|完成|开展|培训|举办|达|建|救助|服务)|预计|争取|力争|准备|打算"
            + "|下一?季度|下一步|下步|下一?阶段|下半年|明年|今后|接下来|尚未|暂未|还未|未(?!成年|来|婚|就业|满|育)|没有"
            + "|剩余|剩下|其余|尚余|尚有|还剩";
    /** Last year's, and a figure reported before and since corrected (原报送5场…更正为4场, 误报为5场). */
    private static final String PRIOR = "去年|上年|上一年|历年|往年|同比|环比|较上一?季度|比上一?季度|原报送?|原上报|原填报?|误报为?";
    private static final String GOAL = "目标(?!人群|群体)|任务|(?<!按|按照)要求";

    /** Plans, negations, last year's and goals, in one pass (the earliest and longest wins where they overlap). */
    private static final FastScan NEGATIVE = new FastScan("计拟将即应预争力准打下明今接尚暂还未没剩其去上历往同环较比目任要原误",
            "(?<planned>" + PLANNED + ")|(?<prior>" + PRIOR + ")|(?<goal>" + GOAL + ")");
    private static final FastScan FORWARD = new FastScan("下明今接计",
            "下一步|下步|下一?阶段|下一?季度|下半年|明年|今后|接下来|(?<![按照])" + SCHEDULE + PROGRAMME + "计划(?!生育)");
    private static final String FILLER = " 约近达为了计";
    /** A clause holding more than a cue, a verb and a few fillers before the figure is no continuation. */
    private static final int CONTINUATION_REACH = 40;
    private static final FastScan REACHED = new FastScan("已完实达超", "已|完成|实现|达到|达成|超额");

    /** Where each kind of cue occurs in the text: start, end and kind, in text order. */
    private record Hit(int start, int end, int kind) {
    }

    private static final int SPAN_HIT = 0;
    private static final int QUARTER_HIT = 1;
    private static final int TOTAL_HIT = 2;
    private static final int PLANNED_HIT = 3;
    private static final int PRIOR_HIT = 4;
    private static final int GOAL_HIT = 5;
    private static final int FORWARD_HIT = 6;
    private static final Comparator<Hit> BY_START = Comparator.comparingInt(Hit::start);

    private final String f;
    private final Segments seg;
    private final List<Hit> markers;      // SPAN, QUARTER, TOTAL hits, by start
    private final List<Hit> notProgress;  // plans, goals, last year's, and SPAN/TOTAL hits, by start
    private final List<Hit> earlier;      // forward-looking leads and marker hits, by start
    private final List<Hit> reached;
    private final List<Hit> goals;
    private List<Hit> notDone;            // 在建, 正在, 尚未 …, by start; found when first asked

    /** Finds every cue of a folded text once; the questions below then only look up positions. */
    Cues(String f, Segments seg) {
        this.f = f;
        this.seg = seg;
        markers = new ArrayList<>();
        hits(SPAN, f, SPAN_HIT, markers);
        hits(SPAN_MONTHS, f, SPAN_HIT, markers);
        hits(QUARTER, f, QUARTER_HIT, markers);
        hits(QUARTER_NUMBERS, f, QUARTER_HIT, markers);
        hits(TOTAL, f, TOTAL_HIT, markers);
        markers.sort(BY_START);
        goals = new ArrayList<>();
        notProgress = new ArrayList<>();
        NEGATIVE.forEach(f, m -> {
            int kind = m.group("planned") != null ? PLANNED_HIT : m.group("prior") != null ? PRIOR_HIT : GOAL_HIT;
            Hit h = new Hit(m.start(), m.end(), kind);
            notProgress.add(h);
            if (kind == GOAL_HIT) {
                goals.add(h);
            }
        });
        for (Hit h : markers) {
            if (h.kind != QUARTER_HIT) {
                notProgress.add(h);
            }
        }
        notProgress.sort(BY_START);
        earlier = new ArrayList<>(markers);
        hits(FORWARD, f, FORWARD_HIT, earlier);
        earlier.sort(BY_START);
        reached = new ArrayList<>();
        hits(REACHED, f, TOTAL_HIT, reached);
    }

    private static void hits(FastScan p, String f, int kind, List<Hit> out) {
        p.forEach(f, m -> out.add(new Hit(m.start(), m.end(), kind)));
    }

    private static boolean any(List<Hit> hits, int kind, int from, int to) {
        for (int i = firstFrom(hits, from); i < hits.size() && hits.get(i).start < to; i++) {
            Hit h = hits.get(i);
            if (h.end <= to && (kind < 0 || h.kind == kind)) {
                return true;
            }
        }
        return false;
    }

    /** The last hit within [from, to), or null. */
    private static Hit last(List<Hit> hits, int from, int to) {
        Hit last = null;
        for (int i = firstFrom(hits, from); i < hits.size() && hits.get(i).start < to; i++) {
            if (hits.get(i).end <= to) {
                last = hits.get(i);
            }
        }
        return last;
    }

    /** The index of the first hit starting at or after {@code pos}: every list is in text order. */
    private static int firstFrom(List<Hit> hits, int pos) {
        return Positions.firstFrom(hits, Hit::start, pos);
    }

    Marker marker(int figureStart) {
        int clause = seg.clauseOf[figureStart];
        int sentence = seg.clauseSentence[clause];
        Marker m = markerIn(seg.clauseFrom(figureStart), figureStart);
        for (int c = clause - 1; m == null && c >= 0 && seg.clauseSentence[c] == sentence; c--) {
            m = markerIn(seg.clauseStart[c], seg.clauseEnd[c]);
        }
        return m == null ? Marker.PLAIN : m;
    }

    private Marker markerIn(int from, int to) {
        if (from >= to) {
            return null;
        }
        if (any(markers, SPAN_HIT, from, to)) {
            return Marker.CUMULATIVE;
        }
        if (any(markers, QUARTER_HIT, from, to)) {
            return Marker.QUARTER;
        }
        if (any(markers, TOTAL_HIT, from, to)) {
            return Marker.CUMULATIVE;
        }
        return null;
    }

    /** True when the figure starting at {@code figureStart} is planned, negated, a goal or not this year's. */
    boolean notProgress(int figureStart) {
        int clause = seg.clauseOf[figureStart];
        int sentence = seg.clauseSentence[clause];
        // clauses joined by 、 are one enumeration: 拟于二季度在般阳路街道、松龄路街道试点建设2个
        while (clause > 0 && seg.clauseSentence[clause - 1] == sentence && f.charAt(seg.clauseStart[clause] - 1) == '、') {
            clause--;
        }
        int from = seg.clauseFrom(clause, figureStart);
        for (int i = firstFrom(notProgress, from); i < notProgress.size() && notProgress.get(i).start < figureStart; i++) {
            Hit p = notProgress.get(i);
            if (p.kind == PRIOR_HIT && p.end <= figureStart
                    && f.substring(p.end, figureStart).indexOf("今年") < 0 && f.substring(p.end, figureStart).indexOf("本年") < 0) {
                return true;   // 历年累计, 去年共: last year's (or all years') total
            }
        }
        Hit h = last(notProgress, from, figureStart);
        if (h != null) {
            return switch (h.kind) {
                case PLANNED_HIT, PRIOR_HIT -> true;
                case GOAL_HIT -> !any(reached, -1, from, h.start);
                default -> false;
            };
        }
        for (int c = clause - 1; c >= 0 && seg.clauseSentence[c] == sentence; c--) {
            Hit e = last(earlier, seg.clauseStart[c], seg.clauseEnd[c]);
            if (e != null) {
                return e.kind == FORWARD_HIT;
            }
        }
        return false;
    }

    /**
     * The clause before the figure is only a period cue and a verb (累计开展 15场, 本季度开展 5场): it goes on
     * about the target named earlier in the sentence, as closely as if it named it.
     */
    boolean continuation(int figureStart) {
        return continuation(figureStart, true);
    }

    /** As {@link #continuation(int)}; without {@code requireCue}, a bare verb (开展5场) also goes on. */
    boolean continuation(int figureStart, boolean requireCue) {
        int from = seg.clauseStart[seg.clauseOf[figureStart]];
        if (figureStart - from > CONTINUATION_REACH) {
            return false;
        }
        int rest = 0;
        int pos = from;
        boolean cue = false;
        for (int i = firstFrom(markers, from); i < markers.size() && markers.get(i).start < figureStart; i++) {
            Hit h = markers.get(i);
            if (h.end <= figureStart) {
                cue = true;
                rest += count(pos, Math.max(pos, h.start));
                pos = Math.max(pos, h.end);
            }
        }
        rest += count(pos, figureStart);
        return (cue || !requireCue) && rest <= 3;
    }

    private int count(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (FILLER.indexOf(f.charAt(i)) < 0) {
                n++;
            }
        }
        return n;
    }

    private static final FastScan AFTER = new FastScan("在正尚未计拟预待施",
            "在建|在施工|施工中|正在|尚未|未完成|未完工|未开展|(?<![按照依据])计划|拟于|拟在|预计|待");

    /**
     * What follows the figure in its clause says it is not done yet: 3所均在建, 8处正在建设中,
     * 2所均在施工中, 2所计划7月底前完成, 5个尚未完工.
     */
    boolean notDoneAfter(int figureEnd) {
        if (figureEnd >= f.length()) {
            return false;
        }
        int clause = seg.clauseOf[Math.min(figureEnd, f.length() - 1)];
        if (clause != seg.clauseOf[figureEnd - 1]) {
            return false;
        }
        if (notDone == null) {
            notDone = new ArrayList<>();
            hits(AFTER, f, PLANNED_HIT, notDone);
        }
        return any(notDone, -1, figureEnd, seg.clauseEnd[clause]);
    }

    /** A goal word (目标, 任务) in the clause before the figure. */
    boolean goalBefore(int figureStart) {
        int from = seg.clauseFrom(figureStart);
        return any(goals, -1, from, figureStart);
    }
}
