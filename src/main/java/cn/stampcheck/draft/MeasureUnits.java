package cn.stampcheck.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measure units a target may count in (场, 名, 所, %, …), each with the other spellings a progress
 * text commonly uses for it. The drafter only recognises a number as a target when one of these units
 * follows it; the linter reports a rules file whose unit is not in this list (often a typo).
 *
 * <p>To teach the program a new unit, add a line to {@link #ALIASES}: the unit, then its usual variants.
 */
public final class MeasureUnits {

    /** Unit → its usual other spellings in progress texts (written as .aliases(…) in a draft). */
    private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

    static {
        add("场", "场次", "次");
        add("场次", "场", "次");
        add("次", "场", "场次");
        add("人次", "人", "名");
        add("人", "名", "人次");
        add("名", "人", "人次");
        add("个", "处");
        add("处", "个");
        add("所", "个", "处");
        add("间", "处", "个");
        add("位", "名", "人");
        add("户", "家");
        add("家", "个", "户");
        add("条", "处");
        add("班", "个班", "班次", "期");
        add("个班", "班", "班次", "期");
        add("班次", "个班次", "个班", "期");
        add("个班次", "班次", "个班", "期");
        add("期", "场", "班次", "次");
        add("项", "个");
        add("批次", "批", "次");
        add("批", "批次");
        add("组", "套", "个");
        add("件", "个");
        add("座", "个", "处");
        add("支", "个");
        add("部", "个");
        add("册", "本");
        add("本", "册");
        add("台", "套");
        add("套", "台");
        add("篇", "条");
        add("节", "课时", "次");
        add("堂", "节", "次", "场");
        add("课时", "节", "学时");
        add("学时", "课时");
        add("天", "日");
        add("份", "个");
        add("对");
        add("张", "个");
        add("块", "处", "个");
        add("辆", "台");
        add("床", "张");
        add("例", "人", "名");
        add("颗", "个");
        add("盏", "个");
        add("门", "个");
        add("万名");
        add("万人");
        add("万人次");
        add("万户");
        add("万元");
        add("亿元");
        add("%");
        add("个百分点");
    }

    /** Characters that, right after a unit, show the number belongs to another word (10个月, 一次性). */
    private static final Map<String, String> NOT_FOLLOWED_BY = Map.ofEntries(
            Map.entry("个", "月人"), Map.entry("次", "性"), Map.entry("名", "称单额"), Map.entry("家", "庭长政风教族乡"),
            Map.entry("期", "间限"), Map.entry("条", "件例"), Map.entry("处", "理置罚"), Map.entry("场", "所地馆景"),
            Map.entry("所", "有在属"), Map.entry("班", "子级组"), Map.entry("户", "籍口"), Map.entry("间", "隔"),
            Map.entry("部", "门分署长"), Map.entry("本", "地级区市县人季"), Map.entry("件", "实"), Map.entry("项", "目"),
            Map.entry("天", "然"), Map.entry("台", "账"), Map.entry("支", "持付出"), Map.entry("座", "谈"),
            Map.entry("节", "日约"), Map.entry("人", "民员群才口身"), Map.entry("份", "额"), Map.entry("块", "钱"),
            Map.entry("套", "餐"), Map.entry("床", "位"), Map.entry("对", "于象话接比照应待外策口"),
            Map.entry("组", "织建成员长团"), Map.entry("批", "准复示评"),
            Map.entry("例", "如会外行"), Map.entry("门", "口户诊前槛类票市"));

    private MeasureUnits() {
    }

    private static void add(String unit, String... aliases) {
        ALIASES.put(unit, List.of(aliases));
    }

    /** True when {@code unit} is a measure unit the program knows. */
    public static boolean known(String unit) {
        return unit != null && ALIASES.containsKey(unit.strip());
    }

    /** Every known unit, longest first, so that 个班次 is tried before 个 and 场次 before 场. */
    public static List<String> longestFirst() {
        List<String> all = new ArrayList<>(ALIASES.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed());
        return all;
    }

    /** The usual other spellings of a unit, or none. */
    public static List<String> aliases(String unit) {
        return ALIASES.getOrDefault(unit, List.of());
    }

    /** The characters that must not follow {@code unit} for it to be a measure (个 in 10个月 is not). */
    static String notFollowedBy(String unit) {
        return NOT_FOLLOWED_BY.getOrDefault(unit, "");
    }

    /** All units, for the guide and for messages. */
    public static Set<String> all() {
        return ALIASES.keySet();
    }
}
