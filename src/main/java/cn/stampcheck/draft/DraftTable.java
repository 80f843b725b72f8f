package cn.stampcheck.draft;

import cn.stampcheck.rules.Comparator;
import cn.stampcheck.rules.Item;
import cn.stampcheck.rules.NoticeSheet;
import cn.stampcheck.rules.NoticeSheets;
import cn.stampcheck.rules.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a draft as a notice table (目标表): one row per drafted target under its item, a row for an
 * item without a numeric target, the notice's sentences in 通知原文. Numbers the drafter doubts (待确认)
 * are not rows — they would be checked — but notes on the 填写说明 sheet and in the item's 通知原文, for
 * the clerk to add as a row when they are targets.
 */
public final class DraftTable {

    /** Written where the notice names no responsible unit, so that the table still loads and lint shows it. */
    public static final String NO_UNITS = "（待填写责任单位）";

    private DraftTable() {
    }

    public static NoticeSheet of(NoticeDraft d) {
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>(d.warnings());
        notes.add(0, "本表由程序从 " + d.source() + " 生成，是草稿：请对照通知逐行核对数字、单位和关键词。");
        for (DraftItem item : d.items()) {
            List<DraftTarget> targets = item.targets().stream().filter(t -> !t.suggestion()).toList();
            StringBuilder doubts = new StringBuilder();
            for (DraftTarget t : item.targets()) {
                if (t.suggestion()) {
                    String what = "第" + item.number() + "项 待确认：" + t.doubt() + "（" + t.label() + " " + t.amount() + t.unit() + "）";
                    notes.add(what);
                    doubts.append('\n').append(what);
                }
            }
            if (item.units().isEmpty()) {
                notes.add("第" + item.number() + "项：通知中没有找到责任单位，请填写。");
            }
            if (targets.isEmpty()) {
                rows.add(row(item, null, item.heading() + doubts));
            }
            String lastSentence = null;
            for (int i = 0; i < targets.size(); i++) {
                DraftTarget t = targets.get(i);
                String sentence = t.sentence().equals(lastSentence) ? "" : t.sentence();
                lastSentence = t.sentence();
                String quote = i == 0 ? item.heading() + (sentence.isEmpty() ? "" : "\n" + sentence) + doubts : sentence;
                rows.add(row(i == 0 ? item : null, t, quote));
            }
        }
        return new NoticeSheet(d.year(), d.place(), d.title(), rows, notes);
    }

    private static List<String> row(DraftItem item, DraftTarget t, String quote) {
        Item i = null;
        if (item != null) {
            i = Item.of(item.number(), item.name());
            if (item.formName() != null) {
                i = i.alsoNamed(item.formName());
            }
            i = i.units(item.units().isEmpty() ? new String[] {NO_UNITS} : item.units().toArray(String[]::new));
        }
        Target target = null;
        if (t != null) {
            target = Target.of(t.item(), t.label()).keywords(t.keywords().toArray(String[]::new));
            target = t.comparator() == Comparator.AT_MOST ? target.atMost(t.threshold(), t.unit()) : target.atLeast(t.threshold(), t.unit());
            target = target.aliases(t.aliases().toArray(String[]::new));
            if (t.deadline() != null) {
                target = target.deadline(t.deadline().toString());
            }
            target = target.schedule(t.schedule());
        }
        return NoticeSheets.row(i, target, quote.strip());
    }
}
