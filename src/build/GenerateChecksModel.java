import cn.stampcheck.rules.ChecksModel;
import cn.stampcheck.rules.RulesSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.util.PortablePath;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build step (the pom runs it in process-classes, as a single-file program on the test class path, where
 * drools-model-codegen is): turns the shared checks {@code <rules>/common/*.drl} into Drools' executable
 * model, compiled classes written under {@code <classes>}, and writes {@link ChecksModel}'s descriptor naming
 * the model class and the digest of the DRL it came from. At run time the program builds its knowledge base
 * from these classes and compiles no DRL; it compiles the DRL only when the digest no longer matches.
 *
 * <p>Arguments: the rules folder as copied into the classes ({@code target/classes/rules}), the classes folder.
 */
public final class GenerateChecksModel {

    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        List<RulesSource> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(rules.resolve("common"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                sources.add(RulesSource.of(f, "rules/common/" + f.getFileName()));
            }
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (RulesSource s : sources) {
            kfs.write("src/main/resources/" + s.name(), s.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("the shared checks do not compile: " + builder.getResults().getMessages());
        }
        CanonicalKieModule module = (CanonicalKieModule) ((KieBuilderImpl) builder).getKieModule();
        MemoryKieModule memory = (MemoryKieModule) module.getInternalKieModule();
        String modelFile = CanonicalKieModule.getModelFileWithGAV(module.getReleaseId());
        List<String> models = new String(memory.getMemoryFileSystem().getBytes(PortablePath.of(modelFile)),
                StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.contains(":")).toList(); // a version line, then class names
        if (models.size() != 1) {
            throw new IllegalStateException("expected one model class, got " + models);
        }
        int written = 0;
        for (var e : module.getClassesMap().entrySet()) {
            // the model's own classes; the project class is for KieContainers, which the program does not use
            if (e.getKey().startsWith("org/drools/project/")) {
                continue;
            }
            Path out = classes.resolve(e.getKey());
            Files.createDirectories(out.getParent());
            Files.write(out, e.getValue());
            written++;
        }
        Path descriptor = classes.resolve(ChecksModel.DESCRIPTOR.substring(1));
        Files.writeString(descriptor, "digest=" + ChecksModel.digest(sources) + "\nmodel=" + models.get(0) + "\n");
        System.out.println("executable model of " + sources.stream().map(RulesSource::name).toList() + ": "
                + models.get(0) + ", " + written + " classes");
    }
}
