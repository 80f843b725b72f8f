package cn.stampcheck.draft;

import cn.stampcheck.report.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The item names as the notice's attachment form (附件 工作进展情况表 or 项目清单) words them: from the
 * name column of a Word table ({@link AttachmentTable}), else, in a form pasted as text where each row reads
 * number, name, units, what stands between the item's number and its first unit.
 */
final class FormNames {

    private FormNames() {
    }

    /** The form's name for an item when it differs from the body's name, else null. */
    static String find(String attachment, int number, String name, java.util.List<String> units) {
        AttachmentTable.Row row = AttachmentTable.rowOf(attachment, number, name);
        if (row != null) {
            String found = Chinese.compact(row.name());
            return found.length() < 2 || Text.bare(found).equals(Text.bare(name)) ? null : found;
        }
        if (attachment == null || attachment.isBlank() || units.isEmpty()) {
            return null;
        }
        String form = Chinese.compact(attachment);
        Pattern p = Pattern.compile("(?<!\\d)" + number + "(?!\\d)([^\\d]{4,60}?)" + Pattern.quote(Chinese.compact(units.get(0))));
        Matcher m = p.matcher(form);
        if (!m.find()) {
            return null;
        }
        String found = m.group(1).replaceAll("^[、.．,，\\s]+|[、.．,，\\s]+$", "");
        if (found.length() < 4 || Text.bare(found).equals(Text.bare(name)) || found.contains("责任单位")) {
            return null;
        }
        return found;
    }
}
