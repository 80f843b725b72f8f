package cn.stampcheck.draft;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts a rules file from a notice: header (year, place), items (name, form name, units) and each item's
 * targets. The entry point for the command line ({@code rules draft}) and the Calc menu
 * (核查 ▸ 从通知生成规则…).
 *
 * <pre>
 * NoticeDraft d = Drafter.draft(Path.of("notice.docx"));
 * NoticeSheet table = DraftTable.of(d);
 * </pre>
 */
public final class Drafter {

    private Drafter() {
    }

    /** Reads a notice (.txt, .docx, .doc or .pdf, see {@link NoticeText}) and drafts its rules. */
    public static NoticeDraft draft(Path notice) throws IOException {
        return draft(NoticeText.read(notice));
    }

    public static NoticeDraft draft(NoticeText notice) {
        ItemSplitter.Split split = ItemSplitter.split(notice);
        NoticeHeader header = NoticeHeader.read(split.head().isEmpty() ? notice.lines() : split.head(), notice.name());
        List<String> warnings = new ArrayList<>();
        if (header.year() == 0) {
            warnings.add("没有从通知中读出年份，请在 new Notice(…) 中填写");
        }
        if (header.place().isEmpty()) {
            warnings.add("没有从通知中读出地区（如临淄区），请在 new Notice(…) 中填写");
        }
        if (split.items().isEmpty()) {
            warnings.add("没有找到编号的实事项目（一、二、… / 1. 2. … / （一）（二）… / 一是…二是…）");
        }
        List<DraftItem> items = new ArrayList<>();
        Wording wording = Wording.of(notice);
        for (ItemSplitter.RawItem raw : split.items()) {
            items.add(wording.quoting(item(raw, header.year(), split.attachment(), warnings)));
        }
        return new NoticeDraft(notice.name(), header.year(), header.place(), header.title(), split.numbering(),
                items, warnings);
    }

    private static DraftItem item(ItemSplitter.RawItem raw, int year, String attachment, List<String> warnings) {
        String text = Chinese.compact(raw.text());
        Responsibility note = Responsibility.find(text);
        String body = note.without(text);
        String name = name(body);
        String heading = name.isEmpty() ? "" : name + "。";
        if (note.start() >= 0) {
            heading += text.substring(note.start(), Math.min(note.end(), text.length()));
        }
        if (note.units().isEmpty()) {
            warnings.add("第" + raw.number() + "项没有找到责任单位（责任单位：… / 牵头单位：…），请补上 .units(…)");
        }
        String formName = FormNames.find(attachment, raw.number(), name, note.units());
        List<DraftTarget> targets = TargetFinder.find(raw.number(), body, year,
                AttachmentTable.deadline(attachment, raw.number(), name, year));
        return new DraftItem(raw.number(), name, formName, note.units(), heading, body, targets);
    }

    /** The item's name: its first sentence, or its first clause when the sentence is long. */
    static String name(String body) {
        String s = body.replaceFirst("^[\\s、.．]+", "");
        int stop = firstOf(s, "。！？；;");
        String first = stop < 0 ? s : s.substring(0, stop);
        if (first.length() > 40) {
            int comma = firstOf(first, "，,：:");
            first = comma > 0 ? first.substring(0, comma) : first.substring(0, 40);
        }
        return first.strip();
    }

    /**
     * The notice's own characters for what the draft quotes (heading, text, sentences) when it was read in
     * simplified ones: the same span of the notice as written. Names, units and keywords stay simplified,
     * as they are matched against reports.
     */
    private record Wording(String read, String own) {

        static Wording of(NoticeText notice) {
            return new Wording(Chinese.compact(String.join("\n", notice.lines())),
                    Chinese.compact(String.join("\n", notice.original())));
        }

        DraftItem quoting(DraftItem it) {
            if (read.equals(own) || read.length() != own.length()) {
                return it;
            }
            List<DraftTarget> targets = it.targets().stream().map(t -> new DraftTarget(t.item(), t.label(),
                    t.keywords(), t.comparator(), t.threshold(), t.amount(), t.unit(), t.aliases(), t.deadline(),
                    t.schedule(), own(t.sentence()), t.doubt())).toList();
            return new DraftItem(it.number(), it.name(), it.formName(), it.units(), own(it.heading()), own(it.text()),
                    targets);
        }

        /** The span as written, sentence by sentence where the drafter joined pieces (name。note). */
        private String own(String s) {
            StringBuilder out = new StringBuilder();
            for (String piece : s.split("(?<=。)")) {
                int at = read.indexOf(piece);
                out.append(at >= 0 ? own.substring(at, at + piece.length()) : piece);
            }
            return out.toString();
        }
    }

    private static int firstOf(String s, String chars) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("“《（(".indexOf(c) >= 0) {
                depth++;
            } else if ("”》）)".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && chars.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
