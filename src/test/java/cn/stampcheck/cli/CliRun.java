package cn.stampcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in-process: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
