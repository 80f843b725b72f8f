package cn.stampcheck.batch;

import cn.stampcheck.report.Workbook;
import java.nio.file.Path;

/**
 * Opens one report file. The command line and the office pass their file readers, so that this package
 * needs neither POI nor UNO; whatever it throws makes the file 无法核查 with the exception's message.
 */
@FunctionalInterface
public interface ReportReader {

    Workbook read(Path file) throws Exception;
}
