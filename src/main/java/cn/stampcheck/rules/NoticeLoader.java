package cn.stampcheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs a notice's rules file once to collect what it declares (its rules insert a {@link Notice},
 * {@link Item}s and {@link Target}s), then fills in defaults and checks that the declarations make
 * sense, so that a clerk's typing mistake is reported with its line before any report is checked.
 */
public final class NoticeLoader {

    private NoticeLoader() {
    }

    public static NoticeRules load(RulesSource source) throws RulesException {
        KieBase base = DrlCompiler.compile(List.of(source));
        return DrlCompiler.withOwnClassLoader(() -> collect(source, base));
    }

    private static NoticeRules collect(RulesSource source, KieBase base) throws RulesException {
        KieSession session = base.newKieSession();
        try {
            session.fireAllRules();
            List<Notice> notices = new ArrayList<>();
            List<Item> items = new ArrayList<>();
            List<Target> targets = new ArrayList<>();
            // Fact handle ids follow insertion order, so targets keep the order the file declares them in.
            List<InternalFactHandle> handles = new ArrayList<>();
            for (FactHandle h : session.getFactHandles()) {
                handles.add((InternalFactHandle) h);
            }
            handles.sort(Comparator.comparingLong(InternalFactHandle::getId));
            for (InternalFactHandle h : handles) {
                Object o = h.getObject();
                if (o instanceof Notice n) {
                    notices.add(n);
                } else if (o instanceof Item i) {
                    items.add(i);
                } else if (o instanceof Target t) {
                    targets.add(t);
                }
            }
            return resolve(source, notices, items, targets);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            throw new RulesException(source.name() + ": " + cause.getMessage(), e);
        } finally {
            session.dispose();
        }
    }

    private static NoticeRules resolve(RulesSource source, List<Notice> notices, List<Item> items,
                                       List<Target> targets) throws RulesException {
        if (notices.size() != 1) {
            throw new RulesException(source.name() + ": 规则文件应有且只有一条 insert(new Notice(年份, \"地区\"))，现有 "
                    + notices.size() + " 条");
        }
        Notice notice = notices.get(0);
        Set<Integer> numbers = new HashSet<>();
        for (Item i : items) {
            if (!numbers.add(i.number())) {
                throw error(source, "Item.of(" + i.number(), "第" + i.number() + "项重复定义");
            }
            if (i.units().isEmpty()) {
                throw error(source, "Item.of(" + i.number(), "第" + i.number() + "项没有写责任单位 .units(…)");
            }
        }
        List<Target> resolved = new ArrayList<>();
        for (Target t : targets) {
            if (!numbers.contains(t.item())) {
                throw error(source, "Target.of(" + t.item(), "目标“" + t.label() + "”所属的第" + t.item() + "项没有定义");
            }
            if (t.comparator() == null || t.unit() == null || t.unit().isBlank()) {
                throw error(source, "\"" + t.label() + "\"", "目标“" + t.label() + "”缺少 .atLeast(数量, \"单位\") 或 .atMost(…)");
            }
            resolved.add(t.resolve(notice.year()));
        }
        resolved.sort(Comparator.comparingInt(Target::item));
        List<Item> resolvedItems = items.stream()
                .map(i -> i.resolve(notice.year(), resolved))
                .sorted(Comparator.comparingInt(Item::number))
                .toList();
        return new NoticeRules(source.name(), notice, resolvedItems, resolved);
    }

    private static RulesException error(RulesSource source, String near, String reason) {
        return new RulesException(source.name() + lineOf(source.text(), near) + ": " + reason);
    }

    /** ":12" for the first line holding {@code needle}, or "" when it cannot be found. */
    static String lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? "" : ":" + (text.substring(0, at).chars().filter(c -> c == '\n').count() + 1);
    }
}
