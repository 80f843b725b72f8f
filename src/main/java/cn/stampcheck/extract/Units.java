package cn.stampcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unit spellings of one query, and how a number token takes one of them.
 *
 * <p>Spellings are folded (％ is %) and tried longest first, so 场次 wins over 场 when both are listed. A
 * spelling that is only the start of a longer unit or word is not the unit: 8场次 is not 8场 unless 场次 is
 * listed too, and neither are 100人次 (人), 3个月 or 10个班次 (个), 20名额 (名), 3场地 (场), 一次性 (次),
 * 30家庭 (家), 期间 (期), 所有 (所), 处理 (处). Between the number and the unit there may be spaces, one line break and
 * 余/多/来 (20余场, 200多人, 1.2万余人次); 万/千/亿 after the number multiply it unless they begin the unit
 * itself (100万元 is 100 in 万元, 1000000 in 元).
 */
final class Units {

    private static final String[] LONGER = {
        "人次", "场次", "户次", "班次", "批次", "车次", "架次", "期次", "个班次", "个班", "个月", "个百分点", "个工作日",
        "个小时", "个季度", "个星期", "名额", "场地", "场馆", "场所", "场景", "场合", "场域", "家庭", "家长", "家属",
        "期间", "期限", "所有", "所属", "所在", "所得", "处理", "处置", "处室", "条件", "条例", "次性", "次日",
        "万元", "千元", "亿元", "元旦", "间隔", "户籍", "户外", "人民", "人群", "人口", "天数", "小时", "周岁",
    };

    private static final Map<List<String>, Units> CACHE = new ConcurrentHashMap<>();

    final List<String> spellings;
    /** The notice's own unit (the first spelling given), folded; null when there is none. */
    final String primary;

    /** The units of a query; the same few unit lists come back for every row, so they are kept. */
    static Units of(List<String> units) {
        Units u = CACHE.get(units);
        if (u == null) {
            if (CACHE.size() > 10_000) {
                CACHE.clear();
            }
            u = new Units(units);
            CACHE.put(List.copyOf(units), u);
        }
        return u;
    }

    private Units(List<String> units) {
        Set<String> set = new LinkedHashSet<>();
        for (String u : units) {
            if (u != null) {
                String f = Folding.fold(u).replace(" ", "");
                if (!f.isEmpty()) {
                    set.add(f);
                }
            }
        }
        primary = set.isEmpty() ? null : set.iterator().next();
        List<String> list = new ArrayList<>(set);
        list.sort(Comparator.comparingInt(String::length).reversed());
        spellings = List.copyOf(list);
    }

    boolean accepts(String unit) {
        return spellings.contains(unit);
    }

    /** The figure this token makes with one of these units, or null. */
    Match match(String f, NumberToken t) {
        if (t.percent()) {
            return spellings.contains("%") ? new Match(t.coreValue(), t.start(), t.coreEnd(), "%") : null;
        }
        int p = NumberScanner.skipSpaceAndApprox(f, t.coreEnd());
        String u = unitAt(f, p);
        if (u != null) {
            return glueCheck(f, t, new Match(t.coreValue(), t.start(), p + u.length(), u));
        }
        if (t.multEnd() > 0) {
            p = NumberScanner.skipSpaceAndApprox(f, t.multEnd());
            u = unitAt(f, p);
            if (u != null) {
                return glueCheck(f, t, new Match(t.multValue(), t.start(), p + u.length(), u));
            }
        }
        return null;
    }

    /** 一人一档, 一校一策: not a count. */
    private static Match glueCheck(String f, NumberToken t, Match m) {
        if (t.chinese() && t.coreEnd() - t.start() == 1 && f.charAt(t.start()) == '一'
                && m.end() < f.length() && f.charAt(m.end()) == '一') {
            return null;
        }
        return m;
    }

    private String unitAt(String f, int p) {
        for (String u : spellings) {
            if (f.startsWith(u, p)) {
                for (String w : LONGER) {
                    if (w.length() > u.length() && w.startsWith(u) && f.startsWith(w, p) && !spellings.contains(w)) {
                        return null;
                    }
                }
                return u;
            }
        }
        return null;
    }

    /** A number with its unit: value in that unit, span in the text (end exclusive). */
    record Match(BigDecimal value, int start, int end, String unit) {
    }
}
