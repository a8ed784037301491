package dev.naoru.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code naoru}: the command line of Naoru. Exit 0 ok, 1 some input failed, 2 usage error. */
@Command(name = "naoru", mixinStandardHelpOptions = true, version = "naoru 0.1.0",
        description = "日本語の iCloud メールの不具合の訴えを、端末別の順序だった対処プランにします。",
        subcommands = {DiagnoseCommand.class, BatchCommand.class, ExplainCommand.class, ValidateCommand.class,
                TestCommand.class, CoverageCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class, ChatCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof CliException ce) {
                cmd.getErr().println("naoru: " + ce.getMessage());
                return ce.exitCode();
            }
            if (ex instanceof dev.naoru.api.RequestException re) {
                cmd.getErr().println("naoru: " + re.getMessage());
                return 2;
            }
            if (ex instanceof dev.naoru.kb.KbException ke) {
                ke.problems().forEach(p -> cmd.getErr().println(p.format()));
                return 2;
            }
            cmd.getErr().println("naoru: internal error: " + ex);
            return 3;
        });
        cl.setParameterExceptionHandler((ex, argv) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("naoru: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
