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
    private final boolean packaged;

    private CheckRules(KieBase base, String names, boolean packaged) {
        this.base = base;
        this.names = names;
        this.packaged = packaged;
    }

    /** The packaged executable model of these sources ({@link ChecksModel}), else the sources compiled. */
    public static CheckRules compile(List<RulesSource> sources) throws RulesException {
        if (sources.isEmpty()) {
            throw new RulesException("找不到共用规则 rules/common/*.drl");
        }
        String names = String.join(", ", sources.stream().map(RulesSource::name).toList());
        KieBase model = DrlCompiler.withOwnClassLoader(() -> ChecksModel.load(sources, DrlCompiler.class.getClassLoader()));
        return model != null ? new CheckRules(model, names, true) : new CheckRules(DrlCompiler.compile(sources), names, false);
    }

    /** Whether these rules came from the executable model made at package time rather than a compile. */
    public boolean packaged() {
        return packaged;
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
