package cn.stampcheck.rules;

import cn.stampcheck.report.Workbook;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a rules table (.xlsx or .ods) as cell texts. The rules core stays free of file formats: the
 * command line and the office extension pass in the workbook readers they already use for reports.
 */
@FunctionalInterface
public interface TableReader {

    Workbook read(Path file) throws IOException;
}
