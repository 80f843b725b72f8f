package cn.stampcheck.calc;

import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop has a program that opens folders. Asking the office to open a folder where none is
 * set up (a bare Linux desktop) does nothing and reports no failure, so 打开规则文件夹 asks first: on
 * Linux, {@code xdg-mime} must name a handler for {@code inode/directory}; Windows and macOS always have one.
 */
final class FileManager {

    private FileManager() {
    }

    static boolean present() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return true;
        }
        try {
            Process p = new ProcessBuilder("xdg-mime", "query", "default", "inode/directory")
                    .redirectErrorStream(true).start();
            String handler = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && handler.endsWith(".desktop");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
