package cn.stampcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.Checker;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.cli.ReportFiles;
import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.report.TableFinder;
import cn.stampcheck.report.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared checks' executable model made at package time: used for exactly the bundled DRL, never for
 * another text, and concluding the same as the compiled DRL on every sample report of test-data.
 */
class ChecksModelTest {

    private static final RulesLibrary LIBRARY = new RulesLibrary(List.of(Path.of("rules")), WorkbookFiles::readTable);

    private static List<RulesSource> bundled() throws Exception {
        return List.of(RulesSource.of(RulesLibrary.bundled().resolve("common/checks.drl"), "rules/common/checks.drl"));
    }

    @Test
    void theBuildMadeTheModelOfTheBundledChecks() throws Exception {
        assertTrue(LIBRARY.checks().packaged(), "the build (process-classes) writes the model; run through Maven");
    }

    @Test
    void anyOtherTextIsCompiledNotTakenFromTheModel() throws Exception {
        RulesSource s = bundled().get(0);
        RulesSource edited = new RulesSource(s.name(), s.text().replace("size > 0", "size > 1"));
        assertNull(ChecksModel.load(List.of(edited), ChecksModel.class.getClassLoader()));
        assertFalse(CheckRules.compile(List.of(edited)).packaged());
        assertFalse(CheckRules.compile(List.of(new RulesSource("rules/common/other.drl", s.text()))).packaged(),
                "the digest covers the name too");
    }

    @Test
    void aModelThatCannotBeLoadedFallsBackToTheCompile() throws Exception {
        ClassLoader seesNoModel = new ClassLoader(null) {
        };
        assertNull(ChecksModel.load(bundled(), seesNoModel));
        assertNotNull(ChecksModel.load(bundled(), ChecksModel.class.getClassLoader()));
    }

    @Test
    void modelAndCompiledDrlConcludeTheSameOnEverySampleReport() throws Exception {
        RulesSource s = bundled().get(0);
        // one more line at the end: the same rules under another digest, so compiled from the DRL
        CheckRules compiled = CheckRules.compile(List.of(new RulesSource(s.name(), s.text() + "\n")));
        assertFalse(compiled.packaged());
        CheckRules model = LIBRARY.checks();
        List<Path> reports;
        try (Stream<Path> files = Files.walk(Path.of("test-data"))) {
            reports = files.filter(p -> p.toString().matches("(?i).+\\.(xlsx|xls|ods)$"))
                    .filter(p -> !p.toString().contains("rules")).sorted().toList();
        }
        ReportChecker checker = new ReportChecker(LIBRARY);
        int compared = 0;
        for (Path report : reports) {
            Workbook workbook;
            CheckResult viaLibrary;
            try {
                workbook = ReportFiles.read(report);
                viaLibrary = checker.check(workbook, null, null);
            } catch (Exception notAReportWithRules) {
                continue;
            }
            var table = TableFinder.find(workbook);
            NoticeRules notice = LIBRARY.notice(Path.of(viaLibrary.rules()));
            CheckResult a = new Checker(model).check(report.toString(), table, notice, viaLibrary.quarter(), null);
            CheckResult b = new Checker(compiled).check(report.toString(), table, notice, viaLibrary.quarter(), null);
            assertEquals(b.findings(), a.findings(), report.toString());
            assertEquals(b.checks(), a.checks(), report.toString());
            compared++;
        }
        assertTrue(compared >= 100, "compared " + compared + " reports");
    }
}
