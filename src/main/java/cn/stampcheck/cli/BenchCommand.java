package cn.stampcheck.cli;

import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.batch.FolderCheck;
import cn.stampcheck.batch.Overview;
import cn.stampcheck.batch.ReportFolder;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.poi.OverviewWriter;
import cn.stampcheck.report.Workbook;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stampcheck bench}: measures the speeds the README quotes, each beside the bare file read so that
 * the checker's own overhead shows as a ratio: a cold {@code java -jar … check} of one report, warm
 * throughput of 10-row reports on all cores, one 5,000-row table, a 100,000-row .ods, and the overview of a folder of reports
 * (half of them last quarter's, so that every department's pair is compared).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "测速 / Measure checking speed.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", defaultValue = "2000", description = "warm reports to check (default ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--rows", defaultValue = "5000", description = "rows of the large table (default ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--ods-rows", defaultValue = "100000", description = "rows of the large .ods (default ${DEFAULT-VALUE})")
    int odsRows;

    @Option(names = "--folder", defaultValue = "1000", description = "reports in the overview's folder (default ${DEFAULT-VALUE})")
    int folder;

    @Option(names = "--cold-runs", defaultValue = "9", description = "pairs of java -jar runs for the cold time (default ${DEFAULT-VALUE})")
    int coldRuns;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("stampcheck-bench");
        Thread interrupted = new Thread(() -> {
            try {
                delete(dir);
            } catch (IOException e) {
                // the process is ending; nothing left to tell
            }
        });
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            return run(spec.commandLine().getOut(), dir);
        } finally {
            delete(dir);
            Runtime.getRuntime().removeShutdownHook(interrupted);
        }
    }

    /** The bench's files, gone after the run whether it ends well or not. */
    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private int run(PrintWriter out, Path dir) throws Exception {
        Path small = BenchReports.write(dir, 10);
        Path large = BenchReports.write(dir, rows);
        ReportChecker checker = ReportChecker.withDefaultRules(List.of(), WorkbookFiles::readTable);
        int threads = Runtime.getRuntime().availableProcessors();
        out.printf("machine: %d cores, Java %s%n", threads, System.getProperty("java.version"));

        Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (coldRuns > 0 && jar.toString().endsWith(".jar")) {
            coldPairs(out, jar, small);
        }

        for (int i = 0; i < 50; i++) {
            checker.check(ReportFiles.read(small), null, null);
        }
        double readRate = throughput(threads, () -> ReportFiles.read(small));
        double checkRate = throughput(threads, () -> checker.check(ReportFiles.read(small), null, null));
        out.printf("warm, 10-row .xlsx on %d threads: read %.0f reports/s, read+check %.0f reports/s (%.1fx)%n",
                threads, readRate, checkRate, readRate / checkRate);

        long t0 = System.nanoTime();
        Workbook big = ReportFiles.read(large);
        long t1 = System.nanoTime();
        int findings = checker.check(big, null, null).findings().size();
        long t2 = System.nanoTime();
        out.printf("%d-row table: read %.2f s, check %.2f s (%d findings), total %.2f s%n",
                rows, (t1 - t0) / 1e9, (t2 - t1) / 1e9, findings, (t2 - t0) / 1e9);
        Path longCell = BenchReports.writeLongCell(dir);
        long l0 = System.nanoTime();
        checker.check(ReportFiles.read(longCell), null, null);
        out.printf("longest cell (%,d characters, Excel's limit): read+check %.2f s%n",
                BenchReports.LONGEST_CELL, (System.nanoTime() - l0) / 1e9);
        out.flush();

        if (odsRows > 0) {
            Path ods = BenchReports.writeOds(dir.resolve("临淄区2024年第三季度-" + odsRows + "行.ods"), odsRows);
            t0 = System.nanoTime();
            big = ReportFiles.read(ods);
            t1 = System.nanoTime();
            findings = checker.check(big, null, null).findings().size();
            t2 = System.nanoTime();
            out.printf("%d-row .ods: read %.2f s, check %.2f s (%d findings), total %.2f s%n",
                    odsRows, (t1 - t0) / 1e9, (t2 - t1) / 1e9, findings, (t2 - t0) / 1e9);
            out.flush();
        }

        if (folder > 0) {
            overview(out, checker, dir, folder / 4, threads);
            overview(out, checker, dir, folder, threads);
        }
        return ExitCode.OK.code();
    }

    /**
     * Writes {@code files} 10-row reports (departments' second and third quarters), then times the overview
     * of them: checks, pairs, the workbook written. The heap left after the run, garbage collected, shows
     * what it keeps per file.
     */
    private void overview(PrintWriter out, ReportChecker checker, Path dir, int files, int threads) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder-" + files));
        Path one = BenchReports.write(folder.resolve("dept0000-2024年第三季度.xlsx"), 10, "第三季度");
        Path earlier = BenchReports.write(folder.resolve("dept0000-2024年第二季度.xlsx"), 10, "第二季度");
        for (int i = 1; i < files / 2; i++) {
            Files.copy(one, folder.resolve(String.format("dept%04d-2024年第三季度.xlsx", i)));
            Files.copy(earlier, folder.resolve(String.format("dept%04d-2024年第二季度.xlsx", i)));
        }
        List<Path> list = ReportFolder.files(List.of(folder));
        System.gc();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        Overview overview = new FolderCheck(checker, ReportFiles::read, null, null, threads).run(list, (d, t) -> { });
        OverviewWriter.write(overview, dir.resolve("overview-" + files + ".xlsx"));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long kept = usedHeap() - heapBefore;
        out.printf("overview of %d reports (%d pairs compared) on %d threads: %.1f s, %d findings, heap kept %.1f MB%n",
                list.size(), overview.pairs(), threads, seconds, overview.findings(), kept / 1e6);
        out.flush();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Work that may throw, timed as a unit. */
    interface Work {
        Object run() throws Exception;
    }

    private double throughput(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < reports; i++) {
                done.add(pool.submit(work::run));
            }
            for (Future<Object> f : done) {
                f.get();
            }
            return reports / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Cold {@code java -jar … check} beside its floor, a bare read of the same file in one plain JVM
     * ({@code read} with {@code -Dstampcheck.cds=off}: the JVM's start, POI's open and read of every cell,
     * finding the table), run in pairs in alternating order so that both of a pair see the same load on a
     * shared machine: the medians and the median of the ratios. The check runs as a clerk runs it, relaunched
     * with the class-data archive ({@link SharedClasses}; the first run, which writes it, is timed apart),
     * and once more in one JVM without it, to show what the archive and the relaunch are worth.
     */
    private void coldPairs(PrintWriter out, Path jar, Path file) throws Exception {
        String off = "-D" + SharedClasses.PROPERTY + "=" + SharedClasses.OFF;
        double first = cold(jar, "check", file);
        List<Double> reads = new ArrayList<>();
        List<Double> checks = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < coldRuns; i++) {
            double read;
            double check;
            if (i % 2 == 0) {
                read = cold(jar, "read", file, off);
                check = cold(jar, "check", file);
            } else {
                check = cold(jar, "check", file);
                read = cold(jar, "read", file, off);
            }
            plain.add(cold(jar, "check", file, off) / read);
            reads.add(read);
            checks.add(check);
            ratios.add(check / read);
        }
        out.printf("cold java -jar, one 10-row report (median of %d pairs): check %.2f s, bare read %.2f s, "
                + "check/read %.2fx (bar 1.3x; pairs %.2f–%.2fx); in one JVM without the archive %.2fx; "
                + "first check, writing the archive, %.2f s%n", coldRuns, median(checks), median(reads),
                median(ratios), ratios.stream().min(Double::compare).orElseThrow(),
                ratios.stream().max(Double::compare).orElseThrow(), median(plain), first);
        out.flush();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double cold(Path jar, String command, Path file, String... options) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        line.addAll(List.of(options));
        line.addAll(List.of("-jar", jar.toString(), command, file.toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(line)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .directory(new File(System.getProperty("user.dir"))).start();
        p.waitFor();
        return (System.nanoTime() - start) / 1e9;
    }
}
