package cn.stampcheck.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar stampcheck.jar}: the command line's entry point. */
@Command(name = "stampcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "核查为妇女儿童办实事季度进展情况表 / Checks quarterly progress reports against the year's targets.",
        subcommands = {CheckCommand.class, ReadCommand.class, BenchCommand.class, RulesCommand.class})
public final class Main {

    public static void main(String[] args) {
        int relaunched = SharedClasses.relaunch(args);
        if (relaunched >= 0) {
            System.exit(relaunched);
        }
        quietLogging();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: usage mistakes and unexpected failures end in one line and exit 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("stampcheck: 内部错误 / internal error: " + e);
            return ExitCode.REFUSED.code();
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("stampcheck: " + e.getMessage());
            return ExitCode.REFUSED.code();
        });
        return cli;
    }

    /** Drools logs compile notes through java.util.logging; a clerk's terminal shows only our lines. */
    private static void quietLogging() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }
}
