package cn.stampcheck.draft;

import java.util.List;

/**
 * Everything drafted from one notice, before it is written as DRL.
 *
 * @param source   the notice's file name
 * @param warnings what the clerk must supply or check (no year found, no items found, …)
 */
public record NoticeDraft(String source, int year, String place, String title, String numbering,
                          List<DraftItem> items, List<String> warnings) {

    public NoticeDraft {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    public List<DraftTarget> targets() {
        return items.stream().flatMap(i -> i.targets().stream()).filter(t -> !t.suggestion()).toList();
    }

    public List<DraftTarget> suggestions() {
        return items.stream().flatMap(i -> i.targets().stream()).filter(DraftTarget::suggestion).toList();
    }
}
