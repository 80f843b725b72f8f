package cn.stampcheck.rules;

import cn.stampcheck.report.Workbook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what a notice's rules file or table declares into the values a check inserts as facts for the
 * shared rules: fills in defaults and checks that the declarations make sense, so that a clerk's typing
 * mistake is reported with its line or cell before any report is checked. Neither path hands the file to
 * the rules engine: nothing in it can run.
 */
public final class NoticeLoader {

    private NoticeLoader() {
    }

    /** A notice .drl file, read as declarations only ({@link NoticeDeclarations}). */
    public static NoticeRules load(RulesSource source) throws RulesException {
        return resolve(source.name(), NoticeDeclarations.read(source));
    }

    /** A notice table (目标表), read from its workbook ({@link NoticeTable}). */
    public static NoticeRules load(Workbook table, String name) throws RulesException {
        return resolve(name, NoticeTable.read(table, name));
    }

    private static NoticeRules resolve(String name, NoticeFacts facts) throws RulesException {
        if (facts.notices().size() != 1) {
            throw new RulesException(name + ": 规则文件应写明一次年份和地区（insert(new Notice(年份, \"地区\"))），现有 "
                    + facts.notices().size() + " 处");
        }
        Notice notice = facts.notices().get(0).value();
        Set<Integer> numbers = new HashSet<>();
        List<Item> items = new ArrayList<>();
        for (NoticeFacts.Declared<Item> d : facts.items()) {
            Item i = d.value();
            if (!numbers.add(i.number())) {
                throw error(name, d.where(), "第" + i.number() + "项重复定义");
            }
            if (i.units().isEmpty()) {
                throw error(name, d.where(), "第" + i.number() + "项没有写责任单位");
            }
            items.add(i);
        }
        List<Target> resolved = new ArrayList<>();
        for (NoticeFacts.Declared<Target> d : facts.targets()) {
            Target t = d.value();
            if (!numbers.contains(t.item())) {
                throw error(name, d.where(), "目标“" + t.label() + "”所属的第" + t.item() + "项没有定义");
            }
            if (t.comparator() == null || t.unit() == null || t.unit().isBlank()) {
                throw error(name, d.where(), "目标“" + t.label() + "”缺少比较、数值或单位（.atLeast(数量, \"单位\") 或 .atMost(…)）");
            }
            resolved.add(t.resolve(notice.year()));
        }
        resolved.sort(Comparator.comparingInt(Target::item));
        List<Item> resolvedItems = items.stream()
                .map(i -> i.resolve(notice.year(), resolved))
                .sorted(Comparator.comparingInt(Item::number))
                .toList();
        return new NoticeRules(name, notice, resolvedItems, resolved);
    }

    /** "a.drl:12: reason" for a line, "a.xlsx 目标表!A7：reason" for a cell. */
    static RulesException error(String name, String where, String reason) {
        return new RulesException(name + where + (where.startsWith(":") ? ": " : "：") + reason);
    }
}
