package cn.stampcheck.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL text into a KieBase with the lightest Drools path (a KnowledgeBuilder), turning
 * compile errors into one {@code file:line: reason} message per problem.
 *
 * <p>Drools finds its services through the thread's context class loader and remembers a miss for
 * the life of that loader; inside the office that loader is null. Every compile therefore runs with
 * this class's own loader as context loader.
 */
final class DrlCompiler {

    private DrlCompiler() {
    }

    /**
     * Compiles with MVEL as the default dialect: rule consequences are then interpreted instead of being
     * compiled to Java at start-up, which saves a fifth of a cold command-line run. Only the shared checks
     * bundled with the program are compiled; a notice's file is never handed to the engine.
     */
    static KieBase compile(List<RulesSource> sources) throws RulesException {
        return withOwnClassLoader(() -> {
            ClassLoader loader = DrlCompiler.class.getClassLoader();
            var configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader);
            configuration.setProperty("drools.dialect.default", "mvel");
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
            for (RulesSource s : sources) {
                var resource = ResourceFactory.newByteArrayResource(s.text().getBytes(StandardCharsets.UTF_8));
                resource.setSourcePath(s.name());
                builder.add(resource, ResourceType.DRL);
            }
            if (builder.hasErrors()) {
                throw new RulesException(builder.getErrors().stream()
                        .map(DrlCompiler::describe).distinct().limit(5).collect(Collectors.joining("; ")));
            }
            return builder.newKieBase();
        });
    }

    private static String describe(KnowledgeBuilderError e) {
        String file = e.getResource() == null ? "?" : e.getResource().getSourcePath();
        int[] lines = e.getLines();
        String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
        return file + line + ": " + e.getMessage().strip().replaceAll("\\s+", " ");
    }

    /** Work that may throw a RulesException. */
    interface RulesWork<T> {
        T run() throws RulesException;
    }

    /** Runs work with this library's loader as the thread's context class loader (see class comment). */
    static <T> T withOwnClassLoader(RulesWork<T> work) throws RulesException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DrlCompiler.class.getClassLoader());
        try {
            return work.run();
        } catch (RuntimeException e) {
            throw new RulesException("规则引擎出错：" + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
