package cn.stampcheck.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The shared checks of {@code rules/common/}, compiled once: every report session inserts the notice's
 * items and targets and the report's rows, fires, and collects what the rules concluded.
 */
public final class CheckRules {

    private final KieBase base;
    private final String names;

    private CheckRules(KieBase base, String names) {
        this.base = base;
        this.names = names;
    }

    public static CheckRules compile(List<RulesSource> sources) throws RulesException {
        if (sources.isEmpty()) {
            throw new RulesException("找不到共用规则 rules/common/*.drl");
        }
        return new CheckRules(DrlCompiler.compile(sources),
                String.join(", ", sources.stream().map(RulesSource::name).toList()));
    }

    /**
     * Runs one session over the given facts and returns every fact the session holds afterwards: the
     * given ones and the conclusions the rules inserted.
     */
    public List<Object> run(Collection<?> facts, Map<String, Object> globals) throws RulesException {
        return DrlCompiler.withOwnClassLoader(() -> {
            KieSession session = base.newKieSession();
            try {
                globals.forEach(session::setGlobal);
                facts.forEach(session::insert);
                session.fireAllRules();
                return new ArrayList<Object>(session.getObjects());
            } finally {
                session.dispose();
            }
        });
    }

    @Override
    public String toString() {
        return names;
    }
}
