package cn.stampcheck.rules;

import cn.stampcheck.extract.Numerals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * One quantitative goal of an item (contract §2), e.g. "年内开展“戏曲进校园”活动不少于 20 场":
 * {@code Target.of(3, "戏曲进校园").atLeast(20, "场").aliases("场次")}.
 *
 * <p>Built step by step in a rules file, each step returning a new value. Keywords default to the
 * label; the deadline defaults to the end of the notice's year; the schedule defaults to pro-rata for
 * a year-end deadline and by-deadline otherwise.
 *
 * @param keywords words that name the target in a progress clause; one of them must be near the figure
 * @param aliases  other spellings of the measure unit (场次 for 场, 人 for 名)
 * @param deadline null until resolved against the notice's year
 * @param schedule null until resolved
 */
public record Target(int item, String label, List<String> keywords, Comparator comparator, BigDecimal threshold,
                     String unit, List<String> aliases, LocalDate deadline, Schedule schedule) {

    public Target {
        keywords = List.copyOf(keywords);
        aliases = List.copyOf(aliases);
    }

    public static Target of(int item, String label) {
        return new Target(item, label, List.of(label), null, null, null, List.of(), null, null);
    }

    public Target keywords(String... words) {
        return new Target(item, label, List.of(words), comparator, threshold, unit, aliases, deadline, schedule);
    }

    /** 不少于 / 以上 / 至少 / 达到: the figure must reach {@code amount}. */
    public Target atLeast(Number amount, String unit) {
        return goal(Comparator.AT_LEAST, new BigDecimal(amount.toString()), unit);
    }

    /** As {@link #atLeast(Number, String)}, with the amount as the notice writes it: "2.1万", "二十". */
    public Target atLeast(String amount, String unit) {
        return goal(Comparator.AT_LEAST, amount(amount), unit);
    }

    /** 不超过 / 以内: the figure must not exceed {@code amount}. */
    public Target atMost(Number amount, String unit) {
        return goal(Comparator.AT_MOST, new BigDecimal(amount.toString()), unit);
    }

    public Target atMost(String amount, String unit) {
        return goal(Comparator.AT_MOST, amount(amount), unit);
    }

    public Target aliases(String... units) {
        return new Target(item, label, keywords, comparator, threshold, unit, List.of(units), deadline, schedule);
    }

    /** A deadline other than the year's end, as {@code 2024-06-30}. */
    public Target deadline(String isoDate) {
        return new Target(item, label, keywords, comparator, threshold, unit, aliases, Dates.parse(isoDate), schedule);
    }

    /** The threshold must hold in every quarter (a reimbursement ratio of 100%). */
    public Target constant() {
        return schedule(Schedule.CONSTANT);
    }

    /** Nothing is expected before the deadline. */
    public Target byDeadline() {
        return schedule(Schedule.BY_DEADLINE);
    }

    public Target proRata() {
        return schedule(Schedule.PRO_RATA);
    }

    public Target schedule(Schedule schedule) {
        return new Target(item, label, keywords, comparator, threshold, unit, aliases, deadline, schedule);
    }

    /** This target with its defaults filled in for a notice of {@code year}. */
    public Target resolve(int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate due = deadline == null ? yearEnd : deadline;
        Schedule s = schedule != null ? schedule : due.equals(yearEnd) ? Schedule.PRO_RATA : Schedule.BY_DEADLINE;
        return new Target(item, label, keywords, comparator, threshold, unit, aliases, due, s);
    }

    /** The notice's own unit first, then its aliases: the extractor prefers the own unit on a tie. */
    public List<String> unitSpellings() {
        return Stream.concat(Stream.of(unit), aliases.stream()).distinct().toList();
    }

    private Target goal(Comparator c, BigDecimal amount, String unit) {
        return new Target(item, label, keywords, c, amount, unit, aliases, deadline, schedule);
    }

    private static BigDecimal amount(String text) {
        return Numerals.parse(text).orElseThrow(() -> new IllegalArgumentException("不是数字：" + text));
    }
}
