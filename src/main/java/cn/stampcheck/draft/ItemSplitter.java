package cn.stampcheck.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a notice into its numbered items. Recognised numberings, tried in this order:
 * <ol>
 *   <li>paragraphs opening with 一、 / 1. / 1、 / （一） / (1) / 实事一： / 第一项： — the numbering with the longest run
 *       1, 2, 3, … wins, so that section headings (一、总体要求) lose to the ten items under them. Numbers
 *       that follow one another inside one long paragraph (a web page pasted as one line: …（牵头单位：…）
 *       二、…) count as paragraph starts when that gives the longer run;</li>
 *   <li>inline 一是…，二是…，三是… in the prose;</li>
 *   <li>unnumbered paragraphs each opening with a short heading sentence (a press release:
 *       关爱女性健康。为全市8万名…), three or more in a row;</li>
 *   <li>else the paragraph with the most semicolons, one item per clause.</li>
 * </ol>
 * The rows of an attachment table with 序号 and a name column are the items instead when there are more of
 * them than the body numbers (the notice only says 见附件, or numbers its sections or requirements).
 * The body ends at the attachment (a paragraph opening with 附件); the attachment's text is kept, as
 * its form may word an item's name differently.
 */
public final class ItemSplitter {

    /** One item's raw text, from its number to the next item (markup and layout whitespace removed). */
    public record RawItem(int number, String text) {
    }

    /** The notice cut into head, items and attachment. */
    public record Split(List<String> head, List<RawItem> items, String attachment, String numbering) {
    }

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final List<Pattern> STYLES = List.of(
            Pattern.compile("^\\s*(" + CN + ")\\s*[、.．]"),
            Pattern.compile("^\\s*[（(]\\s*(" + CN + ")\\s*[）)]"),
            // "3.8月底前…" is item 3 due in August; "3.8万名…" would be a decimal
            Pattern.compile("^\\s*(\\d{1,2})\\s*(?:[、．]|\\.(?!\\d)|\\.(?=\\d{1,2}\\s*[月日]|\\d{4}\\s*年))"),
            Pattern.compile("^\\s*[（(]\\s*(\\d{1,2})\\s*[）)]"),
            Pattern.compile("^\\s*(\\d{1,2})\\s*[)）]"),
            Pattern.compile("^\\s*(?:实事|项目|第)\\s*(" + CN + "|\\d{1,2})\\s*[项件]?\\s*[：:、.．]"));
    private static final List<String> STYLE_NAMES = List.of("一、", "（一）", "1.", "（1）", "1)", "实事一：");
    private static final Pattern ATTACHMENT = Pattern.compile("^\\s*附\\s*件\\s*\\d*\\s*(?:[:：].*)?$");
    /** A short numbered heading of a group of items (一、健康关爱类), not of the notice's other sections. */
    private static final Pattern GROUP_HEADING = Pattern.compile(
            "^(?:" + CN + "、|[（(]" + CN + "[）)])(?!.*(?:要求|措施|总体|目标|意义|原则|组织|领导|考核|督导))[^。；，]{2,12}$");
    private static final Pattern ATTACHED_FILE = Pattern.compile("\\.(?i:xlsx?|docx?|pdf|wps|et|zip|rar)\\b");
    private static final Pattern INLINE = Pattern.compile("(" + CN + ")是");
    /** Where a number of any style starts inside a paragraph: after a sentence end, a closing bracket or a space. */
    private static final Pattern INLINE_NUMBER = Pattern.compile("(?<=[。；;！？!?）)」”]|\\s)\\s*(?=" + CN + "\\s*[、．]|[（(]\\s*" + CN
            + "\\s*[）)]|\\d{1,2}\\s*(?:[、．]|\\.(?!\\d))|[（(]\\d{1,2}[）)])");
    /** A press-release paragraph: a short heading sentence, then the item's text. */
    private static final Pattern HEADED = Pattern.compile("^\\s*[\\p{IsHan}“”‘’《》、]{2,14}[。！!]\\s*\\S.{9,}");
    private static final Pattern HEADING_LINE = Pattern.compile("\\s*[\\p{IsHan}“”‘’《》、]{2,14}\\s*");

    private ItemSplitter() {
    }

    public static Split split(NoticeText notice) {
        Split body = splitBody(notice.lines());
        // the 附件 table lists the items; a body with fewer numbered paragraphs numbers something else
        // (一、总体要求 二、实事项目…, or 一是压实责任 二是加强调度 as the work's requirements)
        String table = body.attachment();
        List<RawItem> rows = tableItems(table);
        if (rows.size() < 2) {
            // a 实施方案 may hold its table in the body, under 二、主要任务
            table = String.join("\n", notice.lines());
            rows = tableItems(table);
        }
        return rows.size() >= 2 && rows.size() > body.items().size()
                ? new Split(body.head(), rows, table, "附件表")
                : body;
    }

    private static List<RawItem> tableItems(String text) {
        return AttachmentTable.read(text).stream().map(r -> new RawItem(r.number(), r.itemText())).toList();
    }

    private static Split splitBody(List<String> lines) {
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            // an e-mail's header names its attached files ("附件：进展情况表.xls（28K）"); a notice names documents
            if (ATTACHMENT.matcher(lines.get(i)).matches() && i > 0 && !ATTACHED_FILE.matcher(lines.get(i)).find()) {
                end = i;
                break;
            }
        }
        List<String> body = lines.subList(0, end);
        String attachment = String.join("\n", lines.subList(end, lines.size()));

        List<int[]> best = List.of();
        String bestStyle = "";
        List<String> broken = breakInline(body);
        for (List<String> paragraphs : broken.size() > body.size() ? List.of(body, broken) : List.of(body)) {
            for (int s = 0; s < STYLES.size(); s++) {
                List<int[]> run = run(paragraphs, STYLES.get(s));
                if (run.size() > best.size()) {
                    best = run;
                    bestStyle = STYLE_NAMES.get(s);
                    body = paragraphs;
                }
            }
        }
        if (best.size() >= 2) {
            List<RawItem> items = new ArrayList<>();
            for (int k = 0; k < best.size(); k++) {
                int from = best.get(k)[0];
                int to = k + 1 < best.size() ? best.get(k + 1)[0] : body.size();
                String text = String.join("\n", body.subList(from, to));
                Matcher m = STYLES.get(STYLE_NAMES.indexOf(bestStyle)).matcher(text);
                text = m.find() ? text.substring(m.end()) : text;
                items.add(new RawItem(k + 1, text));
            }
            List<RawItem> trimmed = trimLast(items);
            return new Split(body.subList(0, best.get(0)[0]), trimmed, attachment, bestStyle);
        }
        Split inline = inline(body, attachment);
        if (inline != null) {
            return inline;
        }
        Split headed = headed(body, attachment);
        if (headed != null) {
            return headed;
        }
        return semicolons(body, attachment);
    }

    /** The paragraphs with a line break put before every number that follows a sentence end inside a paragraph. */
    private static List<String> breakInline(List<String> body) {
        List<String> out = new ArrayList<>();
        for (String line : body) {
            int from = 0;
            Matcher m = INLINE_NUMBER.matcher(line);
            while (m.find()) {
                if (m.end() > from && !line.substring(from, m.end()).isBlank()) {
                    out.add(line.substring(from, m.start()));
                    from = m.end();
                }
            }
            out.add(line.substring(from));
        }
        return out;
    }

    /**
     * Three or more paragraphs in a row (blank lines between allowed) that open with a short heading sentence,
     * or whose heading stands on a line of its own above them (a bold heading copied from a web page).
     */
    private static Split headed(List<String> body, String attachment) {
        List<Integer> best = List.of();
        List<String> bestTexts = List.of();
        List<Integer> run = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i <= body.size(); i++) {
            String line = i < body.size() ? body.get(i) : "";
            if (i < body.size() && line.isBlank()) {
                continue;
            }
            int start = i;
            int next = i + 1;
            while (next < body.size() && body.get(next).isBlank()) {
                next++;
            }
            if (i < body.size() && HEADING_LINE.matcher(line).matches() && next < body.size()
                    && !HEADING_LINE.matcher(body.get(next)).matches() && body.get(next).strip().length() > 15) {
                line = line.strip() + "。" + body.get(next);
                i = next;
            }
            if (i < body.size() && HEADED.matcher(line).find()) {
                run.add(start);
                texts.add(line);
            } else {
                if (run.size() > best.size()) {
                    best = run;
                    bestTexts = texts;
                }
                run = new ArrayList<>();
                texts = new ArrayList<>();
            }
        }
        if (best.size() < 3) {
            return null;
        }
        List<RawItem> items = new ArrayList<>();
        for (int k = 0; k < best.size(); k++) {
            items.add(new RawItem(k + 1, bestTexts.get(k)));
        }
        return new Split(body.subList(0, best.get(0)), items, attachment, "段首标题");
    }

    /** Line indexes where the numbering 1, 2, 3, … runs, greedily from the first 1. */
    private static List<int[]> run(List<String> body, Pattern style) {
        List<int[]> out = new ArrayList<>();
        int expect = 1;
        boolean group = false;
        for (int i = 0; i < body.size(); i++) {
            Matcher m = style.matcher(body.get(i));
            if (m.find()) {
                int n = number(m.group(1));
                // items grouped under headings (一、健康关爱类 1. 2. 3. 二、教育成长类 1. 2.…) number on across groups
                if (n == expect || n == 1 && group && !out.isEmpty()) {
                    out.add(new int[] {i, out.size() + 1});
                    expect = n + 1;
                }
                group = false;
            } else if (GROUP_HEADING.matcher(Chinese.compact(body.get(i))).matches()) {
                group = true;
            }
        }
        return out;
    }

    /**
     * The last item runs to the end of the body, which also holds the closing paragraphs: keep it up to
     * its responsibility note, or else up to the end of its first paragraph.
     */
    private static List<RawItem> trimLast(List<RawItem> items) {
        List<RawItem> out = new ArrayList<>(items);
        RawItem last = out.get(out.size() - 1);
        String text = last.text();
        int note = Responsibility.endOfNote(Chinese.compact(text));
        if (note >= 0) {
            // cut the raw text where its compact form reaches the end of the note
            out.set(out.size() - 1, new RawItem(last.number(), cutCompact(text, note)));
        } else {
            String[] paragraphs = text.split("\\n\\s*\\n|\\n(?=\\S)");
            out.set(out.size() - 1, new RawItem(last.number(), paragraphs[0]));
        }
        return out;
    }

    /** The prefix of {@code raw} whose compact form has {@code length} characters. */
    static String cutCompact(String raw, int length) {
        for (int i = 0; i <= raw.length(); i++) {
            if (Chinese.compact(raw.substring(0, i)).length() >= length) {
                return raw.substring(0, i);
            }
        }
        return raw;
    }

    private static Split inline(List<String> body, String attachment) {
        String text = Chinese.compact(String.join("\n", body));
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int expect = 1;
        while (m.find()) {
            if (number(m.group(1)) == expect) {
                starts.add(m.start());
                ends.add(m.end());
                expect++;
            }
        }
        if (starts.size() < 2) {
            return null;
        }
        List<RawItem> items = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int to = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            String t = text.substring(ends.get(k), to);
            if (k + 1 == starts.size()) {
                int note = Responsibility.endOfNote(t);
                int stop = t.indexOf('。');
                t = t.substring(0, note >= 0 ? note : stop >= 0 ? stop + 1 : t.length());
            }
            items.add(new RawItem(k + 1, t));
        }
        String head = text.substring(0, starts.get(0));
        return new Split(headLines(body, head), items, attachment, "一是");
    }

    private static Split semicolons(List<String> body, String attachment) {
        int best = -1;
        int most = 0;
        for (int i = 0; i < body.size(); i++) {
            int n = body.get(i).split("[；;]", -1).length - 1;
            if (n > most) {
                most = n;
                best = i;
            }
        }
        List<RawItem> items = new ArrayList<>();
        if (best < 0) {
            return new Split(body, items, attachment, "");
        }
        String paragraph = Chinese.compact(body.get(best));
        int colon = paragraph.lastIndexOf('：', paragraph.indexOf('；') < 0 ? paragraph.length() : paragraph.indexOf('；'));
        String list = colon >= 0 ? paragraph.substring(colon + 1) : paragraph;
        int k = 1;
        for (String part : list.split("(?<=[；;])")) {
            if (part.replaceAll("[；;。\\s]", "").length() >= 4) {
                items.add(new RawItem(k++, part));
            }
        }
        return new Split(body.subList(0, best), items, attachment, "；");
    }

    /** The lines of the body up to the text {@code head} (used when items start mid-paragraph). */
    private static List<String> headLines(List<String> body, String head) {
        List<String> out = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        for (String line : body) {
            if (seen.length() >= head.length()) {
                break;
            }
            out.add(line);
            seen.append(Chinese.compact(line));
        }
        return out;
    }

    /** 一 → 1, 十二 → 12, "3" → 3. */
    static int number(String s) {
        if (s.matches("\\d+")) {
            return Integer.parseInt(s);
        }
        String digits = "一二三四五六七八九";
        int tens = s.indexOf('十');
        if (tens < 0) {
            return digits.indexOf(s.charAt(0)) + 1;
        }
        int high = tens == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int low = tens == s.length() - 1 ? 0 : digits.indexOf(s.charAt(tens + 1)) + 1;
        return high * 10 + low;
    }
}
