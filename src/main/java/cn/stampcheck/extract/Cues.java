package cn.stampcheck.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a figure that say which period it covers (its {@link Marker}) and whether it is
 * progress at all (planned, negated, a goal, last year's, a comparison).
 *
 * <p><b>Markers.</b> The clause before the figure is read first, then the earlier clauses of the same
 * sentence, nearest first; the first of them with a cue decides. Within one stretch of text:
 * <ol>
 *   <li>a year-to-date span (截至, 截止, 至今, 迄今, 目前, 今年以来, 年初以来, 前三季度, 上半年, 1-9月, 全年累计,
 *       年内累计) makes the figure {@link Marker#CUMULATIVE} — also in 截至本季度末;</li>
 *   <li>else a quarter (本季度, 本季, 该季度, 当季, 上季度, 第三季度, 三季度, Q3, 7-9月, 9月份, 本月) makes it
 *       {@link Marker#QUARTER} — also in 本季度共开展 or 本季度累计开展, where the quarter scopes the total;</li>
 *   <li>else a total (累计, 总计, 合计, 共计, 一共, 共, 已) makes it {@link Marker#CUMULATIVE} (共 not in
 *       共青团, 公共, 共建, 共享, 共同 …).</li>
 * </ol>
 *
 * <p><b>Not progress.</b> In the clause before the figure, the last cue decides: a plan or negation
 * (计划, 拟, 将于/将继续/将开展 …, 即将, 应检/应完成 …, 预计, 争取, 力争, 准备, 打算, 下季度, 下一步, 下阶段, 下半年, 明年, 尚未, 未, 暂未, 还未,
 * 没有) or last year's figure or a comparison (去年, 上年, 同比, 环比, 较上季度) rejects it; a goal word (目标,
 * 任务, 要求) rejects it unless the clause says before it that the goal was reached (已, 完成, 实现, 达到);
 * a year-to-date or total cue after them (计划20场已完成12场) accepts it; a quarter does not (拟于第四季度开展). Words that only look like cues are not cues:
 * 按计划, 春蕾计划, 模拟, 将近, 将戏曲融入…, 未成年, 未来, 未婚, 未就业, 目标人群, 按要求. Earlier clauses of the sentence
 * reject the figure only with a forward-looking lead (下一步，… / 下季度，… / 计划，…) not followed by a marker.
 */
final class Cues {

    private static final String CN_Q = "[一二三四1-4]";
    private static final String CN_M = "(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])";

    private static final Pattern SPAN = Pattern.compile(
            "截至|截止|至今|迄今|目前|今年以来|年初以来|开年以来|自年初|年度以来|前" + CN_Q + "个?季度|上半年"
                    + "|(?:1|一)\\s*[-~至到]\\s*" + CN_M + "\\s*月|(?:1|一)月(?:份)?以来|全年累计|年内累计|全年共|年内共");
    private static final Pattern QUARTER = Pattern.compile(
            "本季度|本季|该季度|当季|这季度|这一季度|上季度|上一季度|第" + CN_Q + "季度|(?<![下前上])" + CN_Q + "季度"
                    + "|[Qq][1-4]|" + CN_M + "\\s*[-~至到]\\s*" + CN_M + "\\s*月|" + CN_M + "月份|本月|当月");
    private static final Pattern TOTAL = Pattern.compile(
            "累计|总计|合计|共计|一共|总共|(?<!公)共(?!青|建|享|同|育|治|创|融|进|护|筑|商|赢|情|性|识|鸣|担|产|和)|已");

    private static final String PLANNED = "(?<![按照业蕾动育程\"”」』苗划])计划(?!生育|内|书|表|的|外)|(?<![模虚])拟|(?<!即)将(?=于|要|在|继续|开展|举办|组织|进一步|持续|全面|陆续|再|会|新建|建成|建设|完成|实现|达到|培训|为|对|适时|择机|启动|推进|年|月|下|明|今|第|全年|本年|逐步|力争|争取)|即将|(?<![相响供适对反效回答感])应(?=检|查|筛|完成|开展|培训|举办|达|建|救助|服务)|预计|争取|力争|准备|打算"
            + "|下一?季度|下一步|下步|下一?阶段|下半年|明年|今后|接下来|尚未|暂未|还未|未(?!成年|来|婚|就业|满|育)|没有";
    private static final String PRIOR = "去年|上年|上一年|同比|环比|较上一?季度|比上一?季度";
    private static final String GOAL = "目标(?!人群|群体)|任务|(?<!按|按照)要求";
    private static final String FORWARD = "下一步|下步|下一?阶段|下一?季度|下半年|明年|今后|接下来|(?<![按照])计划";

    private static final Pattern NOT_PROGRESS = Pattern.compile(
            "(?<span>" + SPAN.pattern() + ")|(?<planned>" + PLANNED + ")|(?<prior>" + PRIOR + ")|(?<goal>" + GOAL + ")"
                    + "|(?<total>" + TOTAL.pattern() + ")");
    private static final Pattern EARLIER = Pattern.compile(
            "(?<span>" + SPAN.pattern() + ")|(?<forward>" + FORWARD + ")"
                    + "|(?<quarter>" + QUARTER.pattern() + ")|(?<total>" + TOTAL.pattern() + ")");
    private static final Pattern ANY_MARKER = Pattern.compile(
            SPAN.pattern() + "|" + QUARTER.pattern() + "|" + TOTAL.pattern());
    private static final String FILLER = " 约近达为了计";
    private static final Pattern REACHED = Pattern.compile("已|完成|实现|达到|达成|超额");
    private static final Pattern GOAL_WORD = Pattern.compile(GOAL);

    private Cues() {
    }

    static Marker marker(String f, Segments seg, int figureStart) {
        int clause = seg.clauseOf[figureStart];
        int sentence = seg.clauseSentence[clause];
        Marker m = markerIn(f, seg.clauseStart[clause], figureStart);
        for (int c = clause - 1; m == null && c >= 0 && seg.clauseSentence[c] == sentence; c--) {
            m = markerIn(f, seg.clauseStart[c], seg.clauseEnd[c]);
        }
        return m == null ? Marker.PLAIN : m;
    }

    private static Marker markerIn(String f, int from, int to) {
        if (from >= to) {
            return null;
        }
        if (SPAN.matcher(f).region(from, to).find()) {
            return Marker.CUMULATIVE;
        }
        if (QUARTER.matcher(f).region(from, to).find()) {
            return Marker.QUARTER;
        }
        if (TOTAL.matcher(f).region(from, to).find()) {
            return Marker.CUMULATIVE;
        }
        return null;
    }

    /** True when the figure starting at {@code figureStart} is planned, negated, a goal or not this year's. */
    static boolean notProgress(String f, Segments seg, int figureStart) {
        int clause = seg.clauseOf[figureStart];
        int from = seg.clauseStart[clause];
        Matcher m = NOT_PROGRESS.matcher(f).region(from, figureStart);
        String last = null;
        int lastStart = -1;
        while (m.find()) {
            lastStart = m.start();
            last = m.group("planned") != null ? "planned"
                    : m.group("prior") != null ? "prior"
                    : m.group("goal") != null ? "goal" : "marker";
        }
        if (last != null) {
            return switch (last) {
                case "planned", "prior" -> true;
                case "goal" -> !REACHED.matcher(f).region(from, lastStart).find();
                default -> false;
            };
        }
        int sentence = seg.clauseSentence[clause];
        for (int c = clause - 1; c >= 0 && seg.clauseSentence[c] == sentence; c--) {
            Matcher e = EARLIER.matcher(f).region(seg.clauseStart[c], seg.clauseEnd[c]);
            String found = null;
            while (e.find()) {
                found = e.group("forward") != null ? "forward" : "marker";
            }
            if (found != null) {
                return found.equals("forward");
            }
        }
        return false;
    }

    /**
     * The clause before the figure is only a period cue and a verb (累计开展 15场, 本季度开展 5场): it goes on
     * about the target named earlier in the sentence, as closely as if it named it.
     */
    static boolean continuation(String f, Segments seg, int figureStart) {
        int from = seg.clauseStart[seg.clauseOf[figureStart]];
        Matcher m = ANY_MARKER.matcher(f).region(from, figureStart);
        int rest = 0;
        int pos = from;
        boolean cue = false;
        while (m.find()) {
            cue = true;
            rest += count(f, pos, m.start());
            pos = m.end();
        }
        rest += count(f, pos, figureStart);
        return cue && rest <= 3;
    }

    private static int count(String f, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (FILLER.indexOf(f.charAt(i)) < 0) {
                n++;
            }
        }
        return n;
    }

    /** A goal word (目标, 任务) in the clause before the figure. */
    static boolean goalBefore(String f, Segments seg, int figureStart) {
        int from = seg.clauseStart[seg.clauseOf[figureStart]];
        return GOAL_WORD.matcher(f).region(from, figureStart).find();
    }
}
