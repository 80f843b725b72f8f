package cn.stampcheck.batch;

import cn.stampcheck.files.WorkbookFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.cli.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder run: every file a row whatever goes wrong, progress told for each, and no guessing at pairs. */
class FolderCheckTest {

    static final Path LINZI_Q3 = Path.of("test-data/2024-linzi/临淄区2024年第三季度妇女儿童实事进展汇总.xlsx");

    @TempDir
    Path tmp;

    @Test
    void aFileThatCannotBeReadIsUncheckableAndTheRunGoesOn() throws Exception {
        List<Path> files = List.of(LINZI_Q3, tmp.resolve("a.xlsx"), LINZI_Q3);
        List<Integer> progress = new ArrayList<>();
        Overview o = new FolderCheck(ReportChecker.withDefaultRules(List.of(), WorkbookFiles::readTable), file -> {
            if (file.getFileName().toString().equals("a.xlsx")) {
                throw new IllegalStateException("读不出来");
            }
            return ReportFiles.read(file);
        }, null, null, 2).run(files, (done, total) -> progress.add(done * 10 + total));
        assertEquals(List.of(Status.READY, Status.UNCHECKABLE, Status.READY),
                o.files().stream().map(f -> f.summary().status()).toList());
        assertEquals("读不出来", o.files().get(1).summary().reason());
        assertEquals(Status.UNCHECKABLE, o.worst());
        assertEquals(List.of(13, 23, 33), progress, "told on the calling thread, once per file");
    }

    /** Two files on two threads: each read waits until the other has begun, which one thread never lets happen. */
    @Test
    void filesAreCheckedSideBySide() throws Exception {
        java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
        Overview o = new FolderCheck(ReportChecker.withDefaultRules(List.of(), WorkbookFiles::readTable), file -> {
            try {
                both.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other file was not being read meanwhile");
            }
            return ReportFiles.read(file);
        }, null, null, 2).run(List.of(LINZI_Q3, LINZI_Q3), (done, total) -> { });
        assertEquals(List.of(Status.READY, Status.READY), o.files().stream().map(f -> f.summary().status()).toList(),
                o.files().stream().map(f -> f.summary().reason()).toList().toString());
    }

    @Test
    void twoCandidatesForLastQuarterMeanNoComparison() throws Exception {
        Path q3 = Files.copy(LINZI_Q3, tmp.resolve(LINZI_Q3.getFileName()));
        Files.createDirectories(tmp.resolve("a"));
        Files.createDirectories(tmp.resolve("b"));
        String q2Name = "临淄区2024年第二季度妇女儿童实事进展汇总.xlsx";
        EarlierCopy.write(LINZI_Q3, tmp.resolve("a").resolve(q2Name), "第三季度", "第二季度", "D7", "共开展14场", "共开展17场");
        EarlierCopy.write(LINZI_Q3, tmp.resolve("b").resolve(q2Name), "第三季度", "第二季度", "D7", "共开展14场", "共开展16场");
        Overview o = new FolderCheck(ReportChecker.withDefaultRules(List.of(), WorkbookFiles::readTable), ReportFiles::read, null, null, 2)
                .run(ReportFolder.files(List.of(tmp)), (done, total) -> { });
        FileSummary third = o.files().stream().map(FileResult::summary).filter(s -> s.file().equals(q3)).findFirst().orElseThrow();
        assertNull(third.previous());
        assertEquals("未对比：第2季度有 2 份同名报表", third.pairing());
        assertEquals(0, third.errors(), "not compared: no FIGURE_DECREASED");
        assertEquals(0, o.pairs());
    }
}
