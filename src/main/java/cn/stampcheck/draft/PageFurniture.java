package cn.stampcheck.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a printed notice repeats on its pages and is no part of its text: page numbers (—1—, - 2 -, 第3页,
 * 3/5) and the running header or footer (周村区人民政府办公室 周政办发〔2027〕4号) at the top or bottom of
 * more than one page (but not the first page's letterhead nor the last page's signature). A PDF's text layer carries them between the halves of a sentence that runs over a
 * page break, where they would cut an item in two.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s—\\-–－]*(?:第\\s*\\d+\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+|\\d+)[\\s—\\-–－]*$");
    /** How many lines at a page's top and bottom may be running header or footer. */
    private static final int EDGE = 2;

    private PageFurniture() {
    }

    /** The pages' lines in order, without page numbers and without edge lines repeated on two or more pages. */
    static List<String> without(List<List<String>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> page : pages) {
            edges(page).stream().map(PageFurniture::key).distinct().forEach(k -> edgeCounts.merge(k, 1, Integer::sum));
        }
        List<String> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            // the first page's top is the letterhead (the office line, the title) and the last page's bottom
            // the signature, which the header and footer of the other pages may repeat: those stay
            List<String> edges = new ArrayList<>(edges(page));
            List<String> filled = page.stream().filter(l -> !l.isBlank()).toList();
            if (p == 0) {
                edges.removeAll(filled.subList(0, Math.min(EDGE, filled.size())));
            }
            if (p == pages.size() - 1) {
                edges.removeAll(filled.subList(Math.max(0, filled.size() - EDGE), filled.size()));
            }
            for (String line : page) {
                boolean running = pages.size() > 1 && edges.contains(line) && edgeCounts.getOrDefault(key(line), 0) > 1;
                if (!running && !PAGE_NUMBER.matcher(line).matches() || line.isBlank()) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    /** A page number line (—1—, - 2 -, 第3页, 3/5). */
    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).matches();
    }

    /** The first and last few non-blank lines of a page. */
    private static List<String> edges(List<String> page) {
        List<String> filled = page.stream().filter(l -> !l.isBlank()).toList();
        List<String> edges = new ArrayList<>(filled.subList(0, Math.min(EDGE, filled.size())));
        edges.addAll(filled.subList(Math.max(0, filled.size() - EDGE), filled.size()));
        return edges;
    }

    /** A line as repeated: spaces and the page's own number aside. */
    private static String key(String line) {
        return line.replaceAll("[\\s\\d]+", "");
    }
}
