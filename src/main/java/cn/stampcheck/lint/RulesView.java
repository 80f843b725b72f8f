package cn.stampcheck.lint;

import cn.stampcheck.rules.Item;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.Schedule;
import cn.stampcheck.rules.Target;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rules file encodes, after defaults are filled in ({@code rules show}): as JSON for tools, or as a
 * Chinese listing a clerk can hold against the notice.
 *
 * <pre>
 * {"year":2024, "place":"临淄区", "items":[{"item":1, "names":[…], "units":[…], "deadline":"2024-12-31",
 *   "targets":[{"label":"考点学校安装空调", "keywords":[…], "comparator":">=", "threshold":5, "unit":"所",
 *   "aliases":[…], "deadline":"2024-12-31", "schedule":"pro-rata"}]}]}
 * </pre>
 */
public final class RulesView {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private RulesView() {
    }

    public static ObjectNode toJson(NoticeRules rules) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("rules", rules.source());
        o.put("year", rules.notice().year());
        o.put("place", rules.notice().place());
        ArrayNode items = o.putArray("items");
        for (Item i : rules.items()) {
            ObjectNode n = items.addObject();
            n.put("item", i.number());
            strings(n.putArray("names"), i.names());
            strings(n.putArray("units"), i.units());
            n.put("deadline", String.valueOf(i.deadline()));
            ArrayNode targets = n.putArray("targets");
            for (Target t : rules.targetsOf(i.number())) {
                ObjectNode j = targets.addObject();
                j.put("label", t.label());
                strings(j.putArray("keywords"), t.keywords());
                j.put("comparator", t.comparator().symbol());
                j.put("threshold", t.threshold().stripTrailingZeros());
                j.put("unit", t.unit());
                strings(j.putArray("aliases"), t.aliases());
                j.put("deadline", String.valueOf(t.deadline()));
                j.put("schedule", t.schedule().id());
            }
        }
        return o;
    }

    public static String json(NoticeRules rules) {
        try {
            return MAPPER.writeValueAsString(toJson(rules));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The readable listing, one block per item. */
    public static String text(NoticeRules rules) {
        StringBuilder out = new StringBuilder();
        out.append(rules.source()).append("：").append(rules.notice().year()).append("年 ")
                .append(rules.notice().place()).append("，共 ").append(rules.items().size()).append(" 项实事、")
                .append(rules.targets().size()).append(" 个数字目标\n");
        for (Item i : rules.items()) {
            out.append('\n').append("第").append(i.number()).append("项  ").append(i.name()).append('\n');
            for (String other : i.names().subList(1, i.names().size())) {
                out.append("      又名：").append(other).append('\n');
            }
            out.append("      责任单位：").append(String.join("、", i.units().stream().map(u -> u.replace("/", "（或 ") + (u.contains("/") ? "）" : "")).toList())).append('\n');
            out.append("      完成时限：").append(chinese(i.deadline())).append('\n');
            List<Target> targets = rules.targetsOf(i.number());
            if (targets.isEmpty()) {
                out.append("      （没有数字目标）\n");
            }
            int k = 1;
            for (Target t : targets) {
                out.append("      目标").append(k++).append("  ").append(t.label()).append("：")
                        .append(t.comparator().words()).append(' ').append(t.threshold().stripTrailingZeros().toPlainString())
                        .append(' ').append(t.unit());
                if (!t.aliases().isEmpty()) {
                    out.append("（也认 ").append(String.join("、", t.aliases())).append("）");
                }
                out.append("，").append(chinese(t.deadline())).append("前，").append(schedule(t.schedule())).append('\n');
                out.append("             关键词：").append(String.join("、", t.keywords())).append('\n');
            }
        }
        return out.toString();
    }

    private static String schedule(Schedule s) {
        return switch (s) {
            case PRO_RATA -> "按季度均衡推进";
            case CONSTANT -> "每季度都须达到";
            case BY_DEADLINE -> "到期前不看进度";
        };
    }

    private static String chinese(LocalDate d) {
        return d == null ? "年底" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
