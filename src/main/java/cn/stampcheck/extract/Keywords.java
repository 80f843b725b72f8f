package cn.stampcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the keywords of a query occur in a folded text. Quotes, book-title marks and spaces are ignored on
 * both sides, so 戏曲进校园 is found in “戏曲进校园”, "戏曲 进校园" and 「戏曲进校园」.
 */
final class Keywords {

    /** The folded text without ignorable characters, and where each of its characters came from. */
    static final class Compact {
        final String text;
        final int[] origin;

        Compact(String f) {
            StringBuilder b = new StringBuilder(f.length());
            int[] o = new int[f.length()];
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (!Folding.ignorableInKeyword(c)) {
                    o[b.length()] = i;
                    b.append(c);
                }
            }
            text = b.toString();
            origin = o;
        }
    }

    /** An occurrence of a keyword: folded-text offsets, end exclusive. */
    record Occurrence(int start, int end) {
        int length() {
            return end - start;
        }
    }

    private Keywords() {
    }

    private static final Map<List<String>, List<String>> CACHE = new ConcurrentHashMap<>();

    /** Keywords folded, without ignorable characters, empty ones dropped; kept per keyword list. */
    static List<String> prepare(List<String> keywords) {
        List<String> p = CACHE.get(keywords);
        if (p == null) {
            List<String> out = new ArrayList<>();
            for (String k : keywords) {
                if (k == null) {
                    continue;
                }
                String folded = Folding.fold(k);
                StringBuilder b = new StringBuilder(folded.length());
                for (char ch : folded.toCharArray()) {
                    if (!Folding.ignorableInKeyword(ch)) {
                        b.append(ch);
                    }
                }
                if (b.length() > 0) {
                    out.add(b.toString());
                }
            }
            p = List.copyOf(out);
            if (CACHE.size() > 10_000) {
                CACHE.clear();
            }
            CACHE.put(List.copyOf(keywords), p);
        }
        return p;
    }

    static List<Occurrence> find(Compact c, List<String> keywords) {
        List<Occurrence> out = new ArrayList<>();
        for (String kc : prepare(keywords)) {
            int from = 0;
            int i;
            while ((i = c.text.indexOf(kc, from)) >= 0) {
                out.add(new Occurrence(c.origin[i], c.origin[i + kc.length() - 1] + 1));
                from = i + 1;
            }
        }
        out.sort(Comparator.comparingInt(Occurrence::start).thenComparing(Comparator.comparingInt(Occurrence::length).reversed()));
        return out;
    }
}
