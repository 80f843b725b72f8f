package cn.stampcheck.draft;

import java.util.List;

/**
 * One numbered item as drafted: {@code Item.of(number, name).alsoNamed(formName).units(…)} and its targets.
 *
 * @param formName the attachment form's wording of the name when it differs from the body's, or null
 * @param heading  the notice's text quoted above the item's rule (name sentence and responsibility note)
 */
public record DraftItem(int number, String name, String formName, List<String> units, String heading,
                        String text, List<DraftTarget> targets) {

    public DraftItem {
        units = List.copyOf(units);
        targets = List.copyOf(targets);
    }
}
