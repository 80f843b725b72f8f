package cn.stampcheck.rules;

import java.util.List;
import java.util.Optional;

/**
 * Everything one notice's rules file declares, with defaults filled in: the notice, its items and their
 * targets. This is what a check holds a report against and what {@code rules show} prints.
 *
 * @param source the name of the rules file, e.g. rules/2024/linzi.drl
 */
public record NoticeRules(String source, Notice notice, List<Item> items, List<Target> targets) {

    public NoticeRules {
        items = List.copyOf(items);
        targets = List.copyOf(targets);
    }

    public Optional<Item> item(int number) {
        return items.stream().filter(i -> i.number() == number).findFirst();
    }

    public List<Target> targetsOf(int item) {
        return targets.stream().filter(t -> t.item() == item).toList();
    }
}
