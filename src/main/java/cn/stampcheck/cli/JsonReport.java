package cn.stampcheck.cli;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.Finding;
import cn.stampcheck.check.TargetCheck;
import cn.stampcheck.rules.Target;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The machine-readable result of contract §5: one object per file, an array when several. */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonReport() {
    }

    public static String write(List<CheckResult> results) {
        try {
            if (results.size() == 1) {
                return MAPPER.writeValueAsString(toJson(results.get(0)));
            }
            ArrayNode all = MAPPER.createArrayNode();
            results.forEach(r -> all.add(toJson(r)));
            return MAPPER.writeValueAsString(all);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode toJson(CheckResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", r.file());
        o.put("sheet", r.sheet());
        o.put("rules", r.rules());
        o.put("year", r.year());
        o.put("quarter", r.quarter());
        ArrayNode checks = o.putArray("checks");
        for (TargetCheck c : r.checks()) {
            ObjectNode n = checks.addObject();
            target(n, c.target());
            n.put("deadline", c.target().deadline().toString());
            n.put("schedule", c.target().schedule().id());
            n.put("reported", c.reported());
            n.put("cell", c.cell().address());
            n.put("status", c.status().id());
        }
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = findings.addObject();
            n.put("cell", f.cell().address());
            n.put("code", f.code().name());
            n.put("severity", f.severity().id());
            n.put("item", f.item());
            if (f.target() != null) {
                n.put("target", f.target().label());
                n.put("threshold", f.target().threshold());
                n.put("unit", f.target().unit());
            }
            n.put("message", f.message());
            if (f.accepted()) {
                n.put("accepted", true);
                n.put("explanation", f.explanation());
            }
        }
        return o;
    }

    private static void target(ObjectNode n, Target t) {
        n.put("item", t.item());
        n.put("target", t.label());
        n.put("comparator", t.comparator().symbol());
        n.put("threshold", t.threshold());
        n.put("unit", t.unit());
    }
}
