package cn.stampcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the year-to-date figure of each target of one item from the item's progress text (contract §3).
 *
 * <h2>Figures</h2>
 * A figure is a number with one of the query's unit spellings right after it (see {@link Units}):
 * Arabic, full-width, with thousands separators or decimals, Chinese (十二, 两, 一百二十), mixed (2.1万 =
 * 21000), with 余/多 (20余场) and 约/近/左右/以上 around it, spaces and one line break before the unit; 92%, 92.5％ and 百分之九十
 * for the unit %. Offsets are into the original text (folding keeps one character per character, see
 * {@link Folding}). Numbers that are no counts are skipped whatever follows them ({@link NumberScanner}:
 * ordinals, ranges such as 35-64岁, dates, phone numbers); money, ages and dates never carry a count unit
 * anyway, and a percentage is a figure only for a target whose unit is %.
 *
 * <h2>Which target a figure belongs to</h2>
 * The text is split into sentences and clauses ({@link Segments}). A figure is tied to a query by a keyword:
 * <ol>
 *   <li>in the same clause: the nearest keyword before it, or a keyword up to 20 characters after it
 *       (开展12场戏曲进校园活动, 为180名残疾儿童实施康复救助, 72%的村（社区）妇联有“法律明白人”), unless
 *       和/及/与/并/、 or another number (not an age, a date or 一) stands between; a keyword after the figure
 *       counts three characters farther than one before it, and 和/及/与 between a keyword and the figure
 *       three characters more;</li>
 *   <li>else the nearest keyword before it in an earlier clause of the same sentence, unless a keyword of a
 *       target with another unit stands in between (the sentence has moved on to that target). When the
 *       figure's own clause is no more than a period cue and a verb (…，累计开展15场), it continues the
 *       earlier clause and counts as tied within its clause;</li>
 *   <li>else, when the figure's sentence names no target and its clause is only a period cue and a verb or
 *       a bare verb (本季度开展戏曲进校园活动3场。截至目前共开展11场。), the target named in the sentence
 *       before, when that sentence names just one of the targets that take the unit.</li>
 * </ol>
 * When several targets of the item take the figure's unit, it goes to the one whose keyword is nearest by
 * that measure (ties: the longer keyword, then a keyword before the figure; equal ties go to all). A
 * figure after 各/均 (各6场), or the only figure after 分别, goes to every such target named earlier in the
 * sentence; after 分别 with as many figures as targets named (分别开展送法进校园、法院开放日活动3场、2场) the
 * figures go to the targets in order.
 *
 * <p><b>Fallback.</b> A target with no keyword-tied figure at all may take a figure tied to no target when
 * it is the only target of the item that takes that unit, the figure's sentence names no other target of
 * the item, and the figure is {@link Marker#CUMULATIVE} — a clerk who writes "截至目前累计开展12场" in the
 * 戏曲进校园 row means that target, while an unmarked "开展家庭教育讲座36场，覆盖家长5000余人" in the row
 * of 培训家庭教育骨干 (人) is not about the 骨干.
 *
 * <h2>Which figures count</h2>
 * Not progress ({@link Cues}): planned, negated, goals, last year's, comparisons, what is left to do
 * (剩余2所), or not done by the words after it in its clause (3所均在建, 8处正在建设中, 2所计划7月底前完成);
 * rates "per" something (每场200人, 每季度1场, 人均); in a sentence with 其中, a figure after 其中 when a
 * figure of a unit it takes, tied to any target, stands before it (a part of that total: 驿站5个，其中2个位于
 * 科普广场); in one clause, a figure followed by 完成/建成/完工 and another figure of the target (the scope:
 * 2所幼儿园维修改造工程完成1所); for the unit %, a percentage after a rate word that is not the target's
 * own (完成率85%, 占比, 满意率; a rate word right after a keyword is the target's: 法律明白人覆盖率), after 的
 * (任务的75%), or with 增长/提高/下降 unless the clause names the target before it (a change of something
 * else, 人数增长12%; but 保障标准提高10% is the target). A goal with a share (已完成全年目标任务20场的60%) is
 * read as that share of the goal (12).
 *
 * <h2>The figure chosen</h2>
 * Among a target's figures: {@link Marker#CUMULATIVE} before {@link Marker#PLAIN} before
 * {@link Marker#QUARTER}; then a figure tied within its clause before one tied across clauses; then one in
 * the query's first unit spelling (the notice's own unit: 实施救助120名 before 入户评估126人); then the
 * largest value (a total is at least its parts); then the first.
 *
 * <p>Instances hold no state; {@link #read} is safe to call from many threads.
 */
public final class FigureExtractor {

    private static final int AFTER_PENALTY = 3;
    private static final int AFTER_REACH = 20;
    private static final int FOR_WHOM_REACH = 60;
    /** Longer than any keyword a rules table holds; bounds the look back for overlapping keywords. */
    private static final int MAX_KEYWORD = 40;
    /** What follows a Chinese numeral in a name rather than in a count (两癌, 两新, 三农, 四史). */
    private static final String NOT_MEASURE = "癌新农史好优美";
    private static final Pattern DISTRIBUTIVE = Pattern.compile(
            "(?:各|(?<![平人户场])均|分别)(?:开展|举办|组织|完成|达到|为|是|有|举行|召开|培训|建成|新建|送|了)*\\s*"
                    + "(?:约|近|达|超过|超|逾|不少于|不低于)?\\s*$");
    private static final Pattern COMPLETED = Pattern.compile("完成|建成|完工|竣工|投用|投入使用|到位");
    /** Verbs of work done; a clause without one only says how many there are. */
    private static final Pattern ACTION = Pattern.compile(
            "完成|建成|完工|开展|举办|组织|培训|实施|打造|新建|建设|安装|检查|筛查|救助|发放|开设|举行|接待|服务");
    private static final Pattern RATE = Pattern.compile("率|比例|比重|占比|百分比");
    private static final Pattern CHANGE = Pattern.compile("增长|提高|提升|下降|减少|增加|上升|降低|同比|环比");

    /** For each query in order, the figure found for it, or empty. */
    public List<Optional<Figure>> read(String text, List<FigureQuery> queries) {
        int qn = queries.size();
        List<Optional<Figure>> out = new ArrayList<>(qn);
        if (text == null || text.isBlank() || qn == 0) {
            for (int i = 0; i < qn; i++) {
                out.add(Optional.empty());
            }
            return out;
        }
        Reading r = new Reading(text, queries);
        for (int q = 0; q < qn; q++) {
            out.add(r.best(q));
        }
        return out;
    }

    /** Everything about one text and one set of queries; lives for one call. */
    private static final class Reading {

        final String f;
        final Segments seg;
        private Cues cues;
        /** Start and end of each completion verb (完成, 建成, …) in text order; found when first needed. */
        private List<int[]> completions;
        final List<NumberToken> tokens;
        final int qn;
        final Units[] units;
        final List<Keywords.Occurrence>[] kw;
        /** match[t][q]: the figure token t makes with query q's units, or null. */
        final Units.Match[][] match;
        final List<Candidate>[] candidates;
        final List<Candidate>[] fallback;

        @SuppressWarnings("unchecked")
        Reading(String text, List<FigureQuery> queries) {
            f = Folding.fold(text);
            seg = new Segments(f, text);
            tokens = NumberScanner.scan(f, text);
            qn = queries.size();
            units = new Units[qn];
            kw = new List[qn];
            candidates = new List[qn];
            fallback = new List[qn];
            Keywords.Compact compact = new Keywords.Compact(f);
            for (int q = 0; q < qn; q++) {
                FigureQuery query = queries.get(q);
                units[q] = Units.of(query == null ? List.of() : query.units());
                kw[q] = Keywords.find(compact, query == null ? List.of() : query.keywords());
                candidates[q] = new ArrayList<>();
                fallback[q] = new ArrayList<>();
            }
            match = new Units.Match[tokens.size()][qn];
            for (int t = 0; t < tokens.size(); t++) {
                for (int q = 0; q < qn; q++) {
                    match[t][q] = units[q].match(f, tokens.get(t));
                }
            }
            boolean[] done = new boolean[tokens.size()];
            respectively(done);
            for (int t = 0; t < tokens.size(); t++) {
                if (!done[t]) {
                    assign(t);
                }
            }
            List<List<Candidate>> parts = new ArrayList<>();
            for (int q = 0; q < qn; q++) {
                parts.add(parts(q));
            }
            for (int q = 0; q < qn; q++) {
                candidates[q].removeAll(parts.get(q));
                dropScopes(candidates[q]);
            }
        }

        /** The cues of the text, found when the first figure needs them (most texts have few figures). */
        private Cues cues() {
            if (cues == null) {
                cues = new Cues(f, seg);
            }
            return cues;
        }

        Optional<Figure> best(int q) {
            List<Candidate> list = candidates[q].isEmpty() ? fallback[q] : candidates[q];
            Optional<Candidate> top = list.stream().min(Candidate.ORDER);
            if (top.isPresent() && (top.get().marker != Marker.CUMULATIVE || isLastQuartersTotal(top.get()))) {
                // 上季度累计52场，本季度新增24场: no year-to-date figure is written, but its two parts are
                Optional<Candidate> last = list.stream().filter(this::isLastQuartersTotal).findFirst();
                Optional<Candidate> added = list.stream()
                        .filter(c -> c.marker == Marker.QUARTER && !isLastQuartersTotal(c)).min(Candidate.ORDER);
                if (last.isPresent() && added.isPresent()) {
                    Candidate a = last.get();
                    Candidate b = added.get();
                    return Optional.of(new Figure(Numerals.normalize(a.value.add(b.value)), Marker.CUMULATIVE,
                            Math.min(a.start, b.start), Math.max(a.end, b.end)));
                }
            }
            if (top.isPresent() && top.get().marker == Marker.PLAIN) {
                // "送戏1场；本季度累计开展5场": an unmarked figure below this quarter's total is a part of it
                Candidate plain = top.get();
                Optional<Candidate> quarter = list.stream()
                        .filter(c -> c.marker == Marker.QUARTER && !isLastQuartersTotal(c)
                                && c.value.compareTo(plain.value) > 0)
                        .max(Comparator.comparing((Candidate c) -> c.value));
                if (quarter.isPresent()) {
                    top = quarter;
                }
            }
            return top.map(c -> new Figure(c.value, c.marker, c.start, c.end));
        }

        /** A running total that its clause dates to the previous quarter (上季度累计, 截至上季度末). */
        private boolean isLastQuartersTotal(Candidate c) {
            int from = seg.clauseFrom(c.start);
            return LAST_QUARTER.matcher(f).region(from, c.start).find();
        }

        /** 分别: as many figures as targets named before them go to those targets in order; one goes to all. */
        private void respectively(boolean[] done) {
            int from = 0;
            int p;
            while ((p = f.indexOf("分别", from)) >= 0) {
                from = p + 2;
                int sentence = seg.sentenceOf[p];
                int first = -1;
                for (int t = 0; t < tokens.size(); t++) {
                    if (tokens.get(t).start() > p && seg.sentenceOf[tokens.get(t).start()] == sentence && anyMatch(t)) {
                        first = t;
                        break;
                    }
                }
                if (first < 0) {
                    continue;
                }
                List<Integer> competitors = competitors(first);
                List<Integer> list = new ArrayList<>();
                for (int t = first; t < tokens.size() && seg.sentenceOf[tokens.get(t).start()] == sentence; t++) {
                    for (int q : competitors) {
                        if (match[t][q] != null) {
                            list.add(t);
                            break;
                        }
                    }
                }
                int firstStart = match[first][competitors.get(0)].start();
                int sentenceStart = seg.sentenceStart[sentence];
                List<Integer> named = new ArrayList<>();
                List<Integer> at = new ArrayList<>();
                for (int q : competitors) {
                    for (Keywords.Occurrence o : kw[q]) {
                        if (o.start() >= sentenceStart && o.end() <= firstStart) {
                            named.add(q);
                            at.add(o.start());
                            break;
                        }
                    }
                }
                if (named.size() < 2) {
                    continue;
                }
                List<Integer> order = new ArrayList<>(named);
                order.sort(Comparator.comparingInt(q -> at.get(named.indexOf(q))));
                if (list.size() == order.size()) {
                    for (int i = 0; i < list.size(); i++) {
                        int t = list.get(i);
                        int q = order.get(i);
                        if (match[t][q] != null) {
                            consider(t, q, 0, 0);
                        }
                        done[t] = true;
                    }
                } else if (list.size() == 1) {
                    int t = list.get(0);
                    for (int q : order) {
                        if (match[t][q] != null) {
                            consider(t, q, 0, 0);
                        }
                    }
                    done[t] = true;
                }
            }
        }

        private boolean anyMatch(int t) {
            for (int q = 0; q < qn; q++) {
                if (match[t][q] != null) {
                    return true;
                }
            }
            return false;
        }

        private List<Integer> competitors(int t) {
            List<Integer> c = new ArrayList<>();
            for (int q = 0; q < qn; q++) {
                if (match[t][q] != null) {
                    c.add(q);
                }
            }
            return c;
        }

        /** Gives token t to the target(s) whose keyword is nearest, or keeps it for the fallback. */
        private void assign(int t) {
            List<Integer> competitors = competitors(t);
            if (competitors.isEmpty()) {
                return;
            }
            Assoc[] assoc = new Assoc[qn];
            Assoc best = null;
            for (int q : competitors) {
                assoc[q] = associate(t, q, competitors);
                if (assoc[q] != null && (best == null || Assoc.ORDER.compare(assoc[q], best) < 0)) {
                    best = assoc[q];
                }
            }
            if (best == null) {
                int q = previousSentenceTarget(t, competitors);
                if (q >= 0) {
                    consider(t, q, 1, Integer.MAX_VALUE / 2);
                    return;
                }
                if (competitors.size() == 1) {
                    q = competitors.get(0);
                    Units.Match m = match[t][q];
                    if (!namesOtherTarget(seg.sentenceOf[m.start()], q)) {
                        Candidate c = candidate(t, q, 2, Integer.MAX_VALUE);
                        if (c != null && c.marker == Marker.CUMULATIVE) {
                            fallback[q].add(c);
                        }
                    }
                }
                return;
            }
            Units.Match any = match[t][competitors.get(0)];
            boolean distributive = DISTRIBUTIVE.matcher(f)
                    .region(seg.clauseFrom(any.start()), any.start()).find();
            for (int q : competitors) {
                Assoc a = assoc[q];
                if (a == null) {
                    continue;
                }
                if (distributive || Assoc.ORDER.compare(a, best) == 0) {
                    consider(t, q, a.tier, a.distance);
                }
            }
        }

        private void consider(int t, int q, int tier, int distance) {
            Candidate c = candidate(t, q, tier, distance);
            if (c != null) {
                candidates[q].add(c);
            }
        }

        /** The candidate figure token t makes for query q, or null when it is no progress figure. */
        private Candidate candidate(int t, int q, int tier, int distance) {
            Units.Match m = match[t][q];
            int clauseStart = seg.clauseStart[seg.clauseOf[m.start()]];
            if (per(Math.max(clauseStart, m.start() - 6), m.start())) {
                return null;
            }
            BigDecimal value = m.value();
            int end = m.end();
            Share share = goalShare(t, m);
            if (share != null) {
                value = share.value();
                end = share.end();
            } else if (cues().notProgress(m.start()) || cues().notDoneAfter(m.end())) {
                return null;
            }
            if (m.unit().equals("%") && !ownPercent(q, m)) {
                return null;
            }
            return new Candidate(value, cues().marker(m.start()), m.start(), end, tier, distance,
                    seg.sentenceOf[m.start()], m.unit(), m.unit().equals(units[q].primary));
        }

        /** 完成全年目标任务20场的60%: 60% of the goal, when the clause names a goal. */
        private Share goalShare(int t, Units.Match m) {
            int p = NumberScanner.skipSpace(f, m.end());
            if (p >= f.length() || f.charAt(p) != '的' || !cues().goalBefore(m.start())) {
                return null;
            }
            p = NumberScanner.skipSpace(f, p + 1);
            for (int u = t + 1; u < tokens.size(); u++) {
                NumberToken next = tokens.get(u);
                if (next.start() < p) {
                    continue;
                }
                if (next.start() > p) {
                    return null;
                }
                int e = next.percent() ? next.coreEnd() : NumberScanner.skipSpace(f, next.coreEnd());
                if (!next.percent() && (e >= f.length() || f.charAt(e) != '%')) {
                    return null;
                }
                BigDecimal v = Numerals.normalize(m.value().multiply(next.coreValue()).movePointLeft(2));
                return new Share(v, next.percent() ? e : e + 1);
            }
            return null;
        }

        /** A percentage that is the target's own: not another rate, not a share (的), not a change. */
        private boolean ownPercent(int q, Units.Match m) {
            int clauseStart = seg.clauseFrom(m.start());
            Matcher c = CHANGE.matcher(f).region(clauseStart, m.start());
            while (c.find()) {
                if (!ownKeywordBefore(q, clauseStart, c.start())) {
                    return false;   // a change of something else (人数增长12%), not the target's own rate
                }
            }
            int p = m.start() - 1;
            while (p >= clauseStart && (f.charAt(p) == ' ' || f.charAt(p) == '了')) {
                p--;
            }
            if (p >= clauseStart && f.charAt(p) == '的') {
                return false;
            }
            Matcher r = RATE.matcher(f).region(clauseStart, m.start());
            int last = -1;
            while (r.find()) {
                last = r.start();
            }
            return last < 0 || nearOwnKeyword(q, clauseStart, last);
        }

        /** One of q's keywords stands in this clause before {@code at} (保障标准于7月1日起提高10%). */
        private boolean ownKeywordBefore(int q, int clauseStart, int at) {
            for (Keywords.Occurrence o : kw[q]) {
                if (o.start() >= clauseStart && o.start() < at) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The word at {@code at} is part of one of q's keywords in this clause, or follows one within three
         * characters (筛查率 after 筛查, 法律明白人覆盖率, 保障标准分别提高).
         */
        private boolean nearOwnKeyword(int q, int clauseStart, int at) {
            for (Keywords.Occurrence o : kw[q]) {
                if (o.start() >= clauseStart && o.start() <= at && at <= o.end() + 3) {
                    return true;
                }
            }
            return false;
        }

        /** 和, 及, 与, 并 (also in 以及, 同时; not 及以下, 及以上) or 、 between {@code from} and {@code to}. */
        private boolean conjunction(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = f.charAt(i);
                if (c == '及' && (f.startsWith("及以下", i) || f.startsWith("及以上", i) || f.startsWith("及其", i))) {
                    continue;
                }
                if ("和及与并、".indexOf(c) >= 0 || f.startsWith("同时", i)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * 为16800名35至64岁的城乡适龄妇女进行“两癌”免费检查: a figure of the people the work is for, whose
         * target is named after a long description of them, conjunctions included.
         */
        private boolean forWhom(int figureStart) {
            int p = figureStart - 1;
            while (p >= 0 && f.charAt(p) == ' ') {
                p--;
            }
            return p >= 0 && "为对向给".indexOf(f.charAt(p)) >= 0;
        }

        /** The description of the people may hold an aside in brackets (35至64周岁), but no comma or stop. */
        private boolean forWhomReaches(int from, int to) {
            if (to - from > FOR_WHOM_REACH || seg.sentenceOf[from] != seg.sentenceOf[to]) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (",、:;".indexOf(f.charAt(i)) >= 0) {
                    return false;
                }
            }
            return true;
        }

        /** 每, or 均 after 平/人/户/场/校/月 (平均, 人均): a rate per something, not a count. */
        private boolean per(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = f.charAt(i);
                if (c == '每' || (c == '均' && i > 0 && "平人户场校月".indexOf(f.charAt(i - 1)) >= 0)) {
                    return true;
                }
            }
            return false;
        }

        /** How closely token t is tied to query q by a keyword, or null. */
        private Assoc associate(int t, int q, List<Integer> competitors) {
            Units.Match m = match[t][q];
            int clause = seg.clauseOf[m.start()];
            int sentence = seg.sentenceOf[m.start()];
            Assoc best = null;
            boolean continuation = cues().continuation(m.start());
            for (Keywords.Occurrence o : nearest(kw[q], m.start(), m.end())) {
                Assoc a = null;
                if (o.end() <= m.start()) {
                    int kwClause = seg.clauseOf[o.end() - 1];
                    int d = m.start() - o.end();
                    if (kwClause == clause) {
                        if (conjunction(o.end(), m.start())) {
                            d += AFTER_PENALTY;
                        }
                        a = new Assoc(0, d, o.length(), 0, q);
                    } else if (seg.sentenceOf[o.end() - 1] == sentence
                            && !otherTargetBetween(q, competitors, o.end(), m.start())) {
                        a = new Assoc(continuation ? 0 : 1, d, o.length(), 0, q);
                    }
                } else if (o.start() >= m.end() && !numberBetween(m.end(), o.start())
                        && (forWhom(m.start()) ? forWhomReaches(m.end(), o.start())
                            : seg.clauseOf[o.start()] == clause && o.start() - m.end() <= AFTER_REACH
                                && !conjunction(m.end(), o.start()))) {
                    a = new Assoc(0, o.start() - m.end() + AFTER_PENALTY, o.length(), 1, q);
                }
                if (a != null && (best == null || Assoc.ORDER.compare(a, best) < 0)) {
                    best = a;
                }
            }
            return best;
        }

        /**
         * The keyword occurrences nearest a figure on either side: those ending last before it and those
         * starting first after it. A farther one never ties a figure more closely (it is as far or farther,
         * behind the same clause breaks, conjunctions and numbers), so only these are weighed, which keeps
         * a long text linear.
         */
        private List<Keywords.Occurrence> nearest(List<Keywords.Occurrence> occurrences, int start, int end) {
            List<Keywords.Occurrence> out = new ArrayList<>(4);
            int after = firstFrom(occurrences, end);
            for (int i = after; i < occurrences.size() && occurrences.get(i).start() == occurrences.get(after).start(); i++) {
                out.add(occurrences.get(i));
            }
            int lastEnd = -1;
            for (int i = after - 1; i >= 0; i--) {
                Keywords.Occurrence o = occurrences.get(i);
                if (lastEnd >= 0 && o.start() < lastEnd - MAX_KEYWORD) {
                    break;
                }
                if (o.end() <= start && o.end() >= lastEnd) {
                    if (o.end() > lastEnd) {
                        out.removeIf(x -> x.end() <= start);
                        lastEnd = o.end();
                    }
                    out.add(o);
                }
            }
            return out;
        }

        private static int firstFrom(List<Keywords.Occurrence> occurrences, int pos) {
            return Positions.firstFrom(occurrences, Keywords.Occurrence::start, pos);
        }

        private int firstTokenFrom(int pos) {
            return Positions.firstFrom(tokens, NumberToken::start, pos);
        }

        /**
         * 本季度开展戏曲进校园活动3场。截至目前共开展11场。 — a sentence that names no target and whose figure
         * follows only a period cue and a verb, or a bare verb (开展5场), goes on about the target named in the sentence before, when
         * that sentence names only one of the targets that take the unit. Returns that target, or -1.
         */
        private int previousSentenceTarget(int t, List<Integer> competitors) {
            Units.Match any = match[t][competitors.get(0)];
            int sentence = seg.sentenceOf[any.start()];
            if (sentence == 0 || !cues().continuation(any.start(), false) || namesOtherTarget(sentence, -1)) {
                return -1;
            }
            int from = seg.sentenceStart[sentence - 1];
            int to = seg.sentenceEnd[sentence - 1];
            int named = -1;
            for (int q : competitors) {
                for (int i = firstFrom(kw[q], from); i < kw[q].size() && kw[q].get(i).start() < to; i++) {
                    if (kw[q].get(i).end() <= to) {
                        if (named >= 0 && named != q) {
                            return -1;
                        }
                        named = q;
                    }
                }
            }
            return named;
        }

        /** A keyword of a target that does not take this figure's unit, between {@code from} and {@code to}. */
        private boolean otherTargetBetween(int q, List<Integer> competitors, int from, int to) {
            for (int o = 0; o < qn; o++) {
                if (o == q || competitors.contains(o)) {
                    continue;
                }
                for (int i = firstFrom(kw[o], from); i < kw[o].size() && kw[o].get(i).start() < to; i++) {
                    Keywords.Occurrence k = kw[o].get(i);
                    if (k.end() <= to && !ownKeywordCovers(q, k)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The other target's keyword is part of one of q's own keyword occurrences (进校园 in 戏曲进校园). */
        private boolean ownKeywordCovers(int q, Keywords.Occurrence k) {
            for (int i = firstFrom(kw[q], k.start() + 1) - 1; i >= 0 && kw[q].get(i).start() >= k.start() - MAX_KEYWORD; i--) {
                if (k.end() <= kw[q].get(i).end()) {
                    return true;
                }
            }
            return false;
        }

        /** A number between {@code from} and {@code to}, other than an age, a date or 一 (98名17周岁及以下残疾儿童). */
        private boolean numberBetween(int from, int to) {
            for (int i = firstTokenFrom(from); i < tokens.size() && tokens.get(i).start() < to; i++) {
                NumberToken n = tokens.get(i);
                int p = NumberScanner.skipSpace(f, n.multEnd() > 0 ? n.multEnd() : n.coreEnd());
                if (p < f.length() && "岁周年月日号".indexOf(f.charAt(p)) >= 0) {
                    continue;
                }
                if (n.chinese() && n.coreEnd() - n.start() == 1 && f.charAt(n.start()) == '一') {
                    continue;   // 至少有一名: "a", not a figure
                }
                if (n.chinese() && n.multEnd() < 0 && (p >= f.length() || !Character.isIdeographic(f.charAt(p))
                        || NOT_MEASURE.indexOf(f.charAt(p)) >= 0)) {
                    continue;   // “两癌”, 两新组织: a numeral inside a name, not a count
                }
                return true;
            }
            return false;
        }

        /** The sentence names a target of the item other than q. */
        private boolean namesOtherTarget(int sentence, int q) {
            for (int o = 0; o < qn; o++) {
                if (o == q) {
                    continue;
                }
                int from = seg.sentenceStart[sentence];
                for (int i = firstFrom(kw[o], from); i < kw[o].size() && seg.sentenceOf[kw[o].get(i).start()] == sentence; i++) {
                    if (q < 0 || !ownKeywordCovers(q, kw[o].get(i))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * 其中: the figures of q after 其中 in a sentence where a figure tied to any target, in a unit q takes,
         * or a vague amount in such a unit (近百场, 数十场), stands before 其中 (they are parts of that total).
         */
        private List<Candidate> parts(int q) {
            List<Candidate> drop = new ArrayList<>();
            for (Candidate c : candidates[q]) {
                int s = seg.sentenceStart[c.sentence];
                int e = seg.sentenceEnd[c.sentence];
                int qz = f.indexOf("其中", s);
                if (qz < 0 || qz >= e || c.start < qz) {
                    continue;
                }
                if (vagueTotal(q, s, qz)) {
                    drop.add(c);
                    continue;
                }
                search:
                for (List<Candidate> other : candidates) {
                    for (Candidate b : other) {
                        if (b.sentence == c.sentence && b.end <= qz && units[q].accepts(b.unit)) {
                            drop.add(c);
                            break search;
                        }
                    }
                }
            }
            return drop;
        }

        /** A vague amount in q's unit, after one of q's own keywords, between {@code from} and {@code to}. */
        private boolean vagueTotal(int q, int from, int to) {
            Matcher m = VAGUE.matcher(f).region(from, to);
            while (m.find()) {
                int at = m.start();
                boolean named = kw[q].stream().anyMatch(k -> k.start() >= from && k.start() < at);
                if (named && units[q].spellings.stream().anyMatch(u -> f.startsWith(u, m.end()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * 2所幼儿园维修改造工程完成1所: in one clause, a figure followed by a completion verb and another
         * figure of the same target is the scope, not the progress. Across clauses of one sentence the same
         * holds for a smaller completed figure after a figure whose own clause says no action, only what
         * there is (考点学校共5所，目前已完成4所).
         */
        private void dropScopes(List<Candidate> list) {
            if (list.size() < 2) {
                return;
            }
            List<Candidate> byStart = new ArrayList<>(list);
            byStart.sort(Comparator.comparingInt(Candidate::start));
            List<Candidate> drop = new ArrayList<>();
            for (int i = 0; i < byStart.size(); i++) {
                Candidate a = byStart.get(i);
                int doneEnd = completionEndFrom(a.end);
                if (doneEnd < 0) {
                    continue;
                }
                for (int j = i + 1; j < byStart.size() && byStart.get(j).sentence == a.sentence; j++) {
                    Candidate b = byStart.get(j);
                    if (b.start >= doneEnd && (seg.clauseOf[a.start] == seg.clauseOf[b.start] || isScopeStatement(a, b))) {
                        drop.add(a);
                        break;
                    }
                }
            }
            list.removeAll(drop);
        }

        /** Where the first completion verb at or after {@code from} ends, or -1; found once per text. */
        private int completionEndFrom(int from) {
            if (completions == null) {
                completions = new ArrayList<>();
                Matcher m = COMPLETED.matcher(f);
                while (m.find()) {
                    completions.add(new int[] {m.start(), m.end()});
                }
            }
            int i = Positions.firstFrom(completions, c -> c[0], from);
            return i < completions.size() ? completions.get(i)[1] : -1;
        }

        private boolean isScopeStatement(Candidate a, Candidate b) {
            int clauseStart = seg.clauseFrom(a.start);
            return seg.sentenceOf[a.start] == seg.sentenceOf[b.start]
                    && b.value.compareTo(a.value) < 0
                    && !ACTION.matcher(f).region(clauseStart, a.start).find();
        }
    }

    private static final Pattern LAST_QUARTER = Pattern.compile("上一?个?季度末?(?:累计|共计?|总计)|截[至止]上一?个?季度末");

    /** 近百场, 上百场, 数十场, 几千人: an amount no number can be read from, written in one of q's units. */
    private static final Pattern VAGUE = Pattern.compile("(?:近|上|数|几|逾)[十百千万]+(?:余|多)?");

    /** 20场的60%: the value (12) and where the share ends. */
    private record Share(BigDecimal value, int end) {
    }

    /** How a figure is tied to a target: clause (0) or sentence (1), distance, keyword length, after (1). */
    private record Assoc(int tier, int distance, int keywordLength, int after, int query) {
        static final Comparator<Assoc> ORDER = Comparator.comparingInt(Assoc::tier)
                .thenComparingInt(Assoc::distance)
                .thenComparing(Comparator.comparingInt(Assoc::keywordLength).reversed())
                .thenComparingInt(Assoc::after);
    }

    private record Candidate(BigDecimal value, Marker marker, int start, int end, int tier, int distance,
                             int sentence, String unit, boolean primary) {
        static final Comparator<Candidate> ORDER = Comparator
                .comparingInt((Candidate c) -> c.marker().ordinal())
                .thenComparingInt(c -> Math.min(c.tier(), 1))
                .thenComparing(c -> !c.primary())
                .thenComparing(Candidate::value, Comparator.reverseOrder())
                .thenComparingInt(Candidate::start);
    }
}
