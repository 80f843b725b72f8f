package cn.stampcheck.cli;

import cn.stampcheck.batch.FolderCheck;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a folder run on standard error (me.tongfei:progressbar), drawn on one line that
 * each update rewrites; standard output keeps only the result.
 */
final class ProgressLine implements FolderCheck.Progress, AutoCloseable {

    private final ProgressBar bar;

    ProgressLine(PrintWriter err, int total) {
        bar = new ProgressBarBuilder().setTaskName("核查").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).setConsumer(new Line(err)).build();
    }

    @Override
    public void done(int files, int total) {
        bar.maxHint(total);
        bar.stepTo(files);
    }

    @Override
    public void close() {
        bar.close();
    }

    /** Writes each rendering over the previous one; a line break when done. */
    private record Line(PrintWriter err) implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return 79;
        }

        @Override
        public void accept(String rendered) {
            err.print('\r' + rendered);
            err.flush();
        }

        @Override
        public void close() {
            err.println();
            err.flush();
        }
    }
}
