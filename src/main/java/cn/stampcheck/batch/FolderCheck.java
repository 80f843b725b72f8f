package cn.stampcheck.batch;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.PreviousQuarter;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.report.Text;
import cn.stampcheck.report.Workbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks many report files at once on a fixed pool of threads (one per core): every file first on its own,
 * then once more each file that has the same department's report of the previous quarter among them, with
 * that report's figures and deadlines as facts. Only each file's {@link FileResult} is kept, never its
 * workbook, so memory stays flat in the number of files. A file that cannot be checked, for whatever
 * reason, becomes 无法核查 with a one-line reason and never stops the run.
 *
 * <p>The compiled rules are shared by the threads (a Drools {@code KieBase} is safe to share; each check
 * runs its own session) and the checker holds no state between reports.
 */
public final class FolderCheck {

    /** Told, on the calling thread, each time another file is done. */
    @FunctionalInterface
    public interface Progress {
        void done(int files, int total);
    }

    private final ReportChecker checker;
    private final ReportReader reader;
    private final Path rulesFile;
    private final Integer quarter;
    private final int threads;

    /**
     * @param rulesFile the rules for every file, or null to choose per file
     * @param quarter   the quarter of every file, or null to read it from each
     */
    public FolderCheck(ReportChecker checker, ReportReader reader, Path rulesFile, Integer quarter, int threads) {
        this.checker = checker;
        this.reader = reader;
        this.rulesFile = rulesFile;
        this.quarter = quarter;
        this.threads = Math.max(1, threads);
    }

    public Overview run(List<Path> files, Progress progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stampcheck-folder");
            t.setDaemon(true);
            t.setContextClassLoader(FolderCheck.class.getClassLoader());
            return t;
        });
        try {
            List<FileResult> results = new ArrayList<>(
                    runAll(pool, files.size(), i -> check(files.get(i), null), 0, files.size(), progress));
            List<Pairing.Pair> pairs = Pairing.pairs(results);
            List<Pairing.Pair> compared = pairs.stream().filter(p -> p.previous() >= 0).toList();
            List<FileResult> again = runAll(pool, compared.size(), k -> {
                Pairing.Pair p = compared.get(k);
                return check(files.get(p.current()), results.get(p.previous()).asPrevious());
            }, files.size(), files.size() + compared.size(), progress);
            for (int k = 0; k < compared.size(); k++) {
                Pairing.Pair p = compared.get(k);
                PreviousQuarter earlier = results.get(p.previous()).asPrevious();
                results.set(p.current(), again.get(k).pairedWith(files.get(p.previous()),
                        "与 " + earlier.file() + "（第" + earlier.quarter() + "季度）对比"));
            }
            for (Pairing.Pair p : pairs) {
                if (p.previous() < 0) {
                    results.set(p.current(), results.get(p.current()).pairedWith(null, p.note()));
                }
            }
            return new Overview(results);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A task by index. */
    private interface Task {
        FileResult run(int index);
    }

    /** Runs n tasks on the pool; results by index, progress told on this thread as tasks end. */
    private static List<FileResult> runAll(ExecutorService pool, int n, Task task, int doneBefore, int total,
                                           Progress progress)
            throws InterruptedException {
        CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
        FileResult[] results = new FileResult[n];
        for (int i = 0; i < n; i++) {
            int index = i;
            done.submit(() -> {
                results[index] = task.run(index);
                return index;
            });
        }
        for (int i = 0; i < n; i++) {
            Future<Integer> f = done.take();
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            progress.done(doneBefore + i + 1, total);
        }
        return List.of(results);
    }

    /** One file, compared with an earlier report when given. */
    private FileResult check(Path file, PreviousQuarter previous) {
        try {
            Workbook workbook = reader.read(file);
            CheckResult result = previous == null
                    ? checker.check(workbook, rulesFile, quarter)
                    : checker.check(workbook, rulesFile, quarter, previous);
            return FileResult.of(file, result);
        } catch (Exception | LinkageError e) {
            return FileResult.uncheckable(file, e.getMessage() == null || e.getMessage().isBlank()
                    ? "核查出错（" + e.getClass().getSimpleName() + "）" : Text.oneLine(e.getMessage()));
        }
    }
}
