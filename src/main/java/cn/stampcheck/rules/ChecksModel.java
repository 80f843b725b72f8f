package cn.stampcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The shared checks as Drools' executable model, generated from {@code rules/common/*.drl} when the program
 * is packaged (src/build/GenerateChecksModel.java): Java classes for every constraint and consequence, so
 * that a cold start builds the knowledge base without parsing or compiling any DRL, about three times
 * faster than the compile. The descriptor names the model class and the digest of the DRL it was made
 * from; the model is used only for exactly that DRL, and any other DRL, or a missing or broken model, is
 * compiled as before — never the wrong rules.
 */
public final class ChecksModel {

    /** Class-path resource written by the build: {@code digest=} of the sources, {@code model=} class name. */
    public static final String DESCRIPTOR = "/cn/stampcheck/rules/checks-model.properties";

    private ChecksModel() {
    }

    /** The digest of the shared checks' names and texts, as the build records it beside the model. */
    public static String digest(List<RulesSource> sources) {
        StringBuilder key = new StringBuilder();
        sources.forEach(s -> key.append(s.name()).append('\u0000').append(s.text()).append('\u0000'));
        return RulesLibrary.digest(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The knowledge base of the packaged model when it was made from exactly these sources; null when there
     * is no model, it was made from other sources, or it cannot be loaded (the caller then compiles).
     */
    static KieBase load(List<RulesSource> sources, ClassLoader loader) {
        Properties descriptor = new Properties();
        try (InputStream in = ChecksModel.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                return null;
            }
            descriptor.load(in);
        } catch (IOException e) {
            return null;
        }
        String model = descriptor.getProperty("model");
        if (model == null || !digest(sources).equals(descriptor.getProperty("digest"))) {
            return null;
        }
        try {
            Model rules = (Model) Class.forName(model, true, loader).getConstructor().newInstance();
            return KieBaseBuilder.createKieBaseFromModel(rules, RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
