package cn.stampcheck.poi;

import cn.stampcheck.files.ReadLimits;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb guard, set to {@link ReadLimits}. POI refuses a part whose inflated size is over 100 times
 * its compressed size once past 100 kB, so a legitimate long repetitive cell (1 MB of 是是是…) was called
 * corrupt; the ratio is checked from 16 MB on, where no report's part reaches, and the inflated bytes of a
 * part are capped at the limit. Kept out of {@link ReadLimits} so that reading an .ods loads no POI class.
 */
final class ZipGuard {

    private static final long MB = 1024 * 1024;

    static {
        ZipSecureFile.setGraceEntrySize(16 * MB);
        ZipSecureFile.setMaxEntrySize(ReadLimits.DEFAULT.partBytes());
    }

    private ZipGuard() {
    }

    /** Sets the guard (once, on first call) before POI opens a file. */
    static void on() {
        // the static initialiser does the work
    }
}
