package cn.stampcheck.draft;

import cn.stampcheck.rules.Comparator;
import cn.stampcheck.rules.Schedule;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a draft as a rules file in the layout of rules/2024/linzi.drl: one rule per item inserting its
 * {@code Item} and {@code Target}s, each preceded by the notice's sentence in a comment. Numbers the drafter
 * doubts are written commented out after a line {@code // 待确认：…}.
 */
public final class DrlWriter {

    private static final String DIGITS = "零一二三四五六七八九";

    private DrlWriter() {
    }

    /**
     * @param stem the rules file's name without .drl (linzi), used for the package name; null for "draft"
     */
    public static String write(NoticeDraft d, String stem) {
        StringBuilder out = new StringBuilder();
        String place = d.place().isEmpty() ? "（地区）" : d.place();
        out.append("// ").append(place).append(' ').append(d.year() == 0 ? "（年份）" : d.year()).append(" 年为妇女儿童办实事")
                .append(d.title().isEmpty() ? "" : "——" + d.title()).append('\n');
        out.append("// 由 stampcheck rules draft 从 ").append(d.source()).append(" 生成的草稿。请对照通知逐条核对：\n");
        out.append("//   · 每条目标上方引用了通知原句；.keywords(…) 应是进度情况里会写到的词，可增删。\n");
        out.append("//   · “// 待确认：”下面一行是程序拿不准的数字，已注释掉；确是目标的，删去该行行首的 // 。\n");
        out.append("//   · 改完后运行 rules lint 检查，再用上季度的报表试一试 check。\n");
        for (String w : d.warnings()) {
            out.append("// 注意：").append(w).append('\n');
        }
        out.append("package rules.y").append(d.year()).append('.').append(packageName(stem)).append("\n\n");
        out.append("import cn.stampcheck.rules.Notice\nimport cn.stampcheck.rules.Item\nimport cn.stampcheck.rules.Target\n\n");
        out.append("rule \"通知\"\nthen\n    insert(new Notice(").append(d.year()).append(", ")
                .append(Chinese.literal(d.place())).append("));\nend\n");
        Set<String> ruleNames = new HashSet<>();
        for (DraftItem item : d.items()) {
            out.append('\n');
            String heading = chinese(item.number()) + "、" + item.heading();
            out.append("// ").append(oneLine(heading));
            if (item.targets().isEmpty()) {
                out.append(" —— 通知未给出数字目标。");
            }
            out.append('\n');
            String ruleName = chinese(item.number()) + "、" + item.name();
            while (!ruleNames.add(ruleName)) {
                ruleName += "＊";
            }
            out.append("rule ").append(Chinese.literal(ruleName)).append("\nthen\n");
            out.append("    insert(Item.of(").append(item.number()).append(", ").append(Chinese.literal(item.name())).append(')');
            if (item.formName() != null) {
                out.append(".alsoNamed(").append(Chinese.literal(item.formName())).append(')');
            }
            if (item.units().isEmpty()) {
                out.append(".units(\"（待填写责任单位）\"));  // 待确认：通知中没有找到责任单位\n");
            } else {
                out.append(".units(").append(args(item.units())).append("));\n");
            }
            String lastSentence = null;
            for (DraftTarget t : item.targets()) {
                if (!t.sentence().equals(lastSentence)) {
                    out.append("    // ").append(oneLine(t.sentence())).append('\n');
                    lastSentence = t.sentence();
                }
                if (t.suggestion()) {
                    out.append("    // 待确认：").append(t.doubt()).append('\n');
                    out.append("    // ").append(target(t)).append('\n');
                } else {
                    out.append("    ").append(target(t)).append('\n');
                }
            }
            out.append("end\n");
        }
        return out.toString();
    }

    /** One target as a rules-file statement. */
    static String target(DraftTarget t) {
        StringBuilder s = new StringBuilder("insert(Target.of(").append(t.item()).append(", ")
                .append(Chinese.literal(t.label())).append(')');
        if (!(t.keywords().size() == 1 && t.keywords().get(0).equals(t.label()))) {
            s.append(".keywords(").append(args(t.keywords())).append(')');
        }
        s.append(t.comparator() == Comparator.AT_MOST ? ".atMost(" : ".atLeast(")
                .append(t.amount().matches("\\d+") ? t.amount() : Chinese.literal(t.amount()))
                .append(", ").append(Chinese.literal(t.unit())).append(')');
        if (!t.aliases().isEmpty()) {
            s.append(".aliases(").append(args(t.aliases())).append(')');
        }
        if (t.deadline() != null) {
            s.append(".deadline(\"").append(t.deadline()).append("\")");
        }
        if (t.schedule() == Schedule.CONSTANT) {
            s.append(".constant()");
        } else if (t.schedule() == Schedule.BY_DEADLINE) {
            s.append(".byDeadline()");
        }
        return s.append(");").toString();
    }

    private static String args(List<String> values) {
        return values.stream().map(Chinese::literal).collect(Collectors.joining(", "));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }

    /** A package segment from a file stem: lower-case letters, digits and _, starting with a letter. */
    static String packageName(String stem) {
        String s = stem == null ? "" : stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "draft" + s;
        }
        return s;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一. */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 100) {
            String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
            return tens + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
        return Integer.toString(n);
    }
}
