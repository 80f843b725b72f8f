package cn.stampcheck.rules;

import cn.stampcheck.report.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One numbered item (实事) of a notice: its names (the notice body and its 附件 form may word it
 * differently), its responsible units and, when the notice sets one, its own deadline.
 *
 * <p>Written in a rules file as
 * {@code Item.of(3, "实施“润童心”儿童素养提升工程").units("区文旅局", "区总工会")}. A unit may list
 * alternative spellings separated by {@code /}: {@code "区教体局/区教育和体育局"}.
 *
 * @param deadline the item's own deadline, or null for the end of the notice's year
 */
public record Item(int number, List<String> names, List<String> units, LocalDate deadline) {

    private static final Pattern ENUMERATOR =
            Pattern.compile("^(?:第?[一二三四五六七八九十0-9]+[、.．:：]|[(（][一二三四五六七八九十0-9]+[)）])");

    public Item {
        names = List.copyOf(names);
        units = List.copyOf(units);
    }

    public static Item of(int number, String name) {
        return new Item(number, List.of(name), List.of(), null);
    }

    /** Another wording of the name, e.g. the one in the 附件 form. */
    public Item alsoNamed(String name) {
        List<String> all = new ArrayList<>(names);
        all.add(name);
        return new Item(number, all, units, deadline);
    }

    public Item units(String... units) {
        return new Item(number, names, List.of(units), deadline);
    }

    /** The item's own completion deadline, as {@code 2024-06-30}. */
    public Item deadline(String isoDate) {
        return new Item(number, names, units, Dates.parse(isoDate));
    }

    public String name() {
        return names.get(0);
    }

    /**
     * True when a name cell says one of the item's names, ignoring punctuation, quotes and spaces, and a
     * leading enumerator copied from the notice's heading (一、 / 1. / （一）).
     */
    public boolean isNamed(String text) {
        String bare = Text.bare(ENUMERATOR.matcher(Text.compact(text)).replaceFirst(""));
        return names.stream().anyMatch(n -> Text.bare(n).equals(bare));
    }

    /**
     * This item with its deadline settled: its own, else the latest of its targets', else the end of
     * the notice's year.
     */
    public Item resolve(int year, List<Target> resolvedTargets) {
        LocalDate due = deadline != null ? deadline
                : resolvedTargets.stream().filter(t -> t.item() == number).map(Target::deadline)
                        .max(LocalDate::compareTo).orElse(LocalDate.of(year, 12, 31));
        return new Item(number, names, units, due);
    }
}
