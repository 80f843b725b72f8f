package cn.stampcheck.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What a notice's rules file or table declares, as written (defaults not yet filled in), each value with
 * where it stands and the notice text quoted with it: the line of a .drl file or the row of a table.
 */
public final class NoticeFacts {

    /** A declared value, where it stands (":12" or " 目标表!A7") and the notice text quoted with it. */
    public record Declared<T>(T value, String where, String quote) {
    }

    private final List<Declared<Notice>> notices = new ArrayList<>();
    private final List<Declared<Item>> items = new ArrayList<>();
    private final List<Declared<Target>> targets = new ArrayList<>();

    void notice(Notice n, int line, String quote) {
        notices.add(new Declared<>(n, ":" + line, quote));
    }

    void item(Item i, int line, String quote) {
        items.add(new Declared<>(i, ":" + line, quote));
    }

    void target(Target t, int line, String quote) {
        targets.add(new Declared<>(t, ":" + line, quote));
    }

    void add(Notice n, String where) {
        notices.add(new Declared<>(n, where, ""));
    }

    void add(Item i, String where, String quote) {
        items.add(new Declared<>(i, where, quote));
    }

    void add(Target t, String where, String quote) {
        targets.add(new Declared<>(t, where, quote));
    }

    public List<Declared<Notice>> notices() {
        return List.copyOf(notices);
    }

    public List<Declared<Item>> items() {
        return List.copyOf(items);
    }

    public List<Declared<Target>> targets() {
        return List.copyOf(targets);
    }
}
