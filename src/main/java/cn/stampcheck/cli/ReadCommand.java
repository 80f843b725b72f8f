package cn.stampcheck.cli;

import cn.stampcheck.report.NoReportTableException;
import cn.stampcheck.report.ReportTable;
import cn.stampcheck.report.TableFinder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stampcheck read FILE}: only opens the file and finds the table, printing where it is. Shows a
 * clerk what the checker sees, and gives the benchmark the bare cost of reading.
 */
@Command(name = "read", mixinStandardHelpOptions = true, description = "只读取文件并找出进展情况表 / Read a file and show the table found.")
final class ReadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        try {
            ReportTable t = TableFinder.find(ReportFiles.read(file));
            spec.commandLine().getOut().println(file.getFileName() + "：工作表“" + t.sheet() + "”，表头 "
                    + t.numberHeader().address() + "，" + t.rows().size() + " 项");
            return ExitCode.OK.code();
        } catch (UnreadableReportException | NoReportTableException e) {
            spec.commandLine().getErr().println(file + ": " + e.getMessage());
            return ExitCode.REFUSED.code();
        }
    }
}
