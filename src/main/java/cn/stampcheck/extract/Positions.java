package cn.stampcheck.extract;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over things kept in text order (cues, keywords, numbers), so a long text stays linear. */
final class Positions {

    private Positions() {
    }

    /** The index of the first element starting at or after {@code pos}; the list's size when there is none. */
    static <T> int firstFrom(List<T> inTextOrder, ToIntFunction<T> start, int pos) {
        int lo = 0;
        int hi = inTextOrder.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(inTextOrder.get(mid)) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
