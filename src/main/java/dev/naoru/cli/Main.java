package dev.naoru.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * {@code naoru}: the command line of Naoru. Exit codes: 0 ok; 1 some input failed (a batch line,
 * a scenario, an eval under its minimum); 2 usage or input error (bad option, unreadable file,
 * invalid KB, port in use); 3 internal error (a bug: please report it). Every failure is one line
 * on standard error.
 */
@Command(name = "naoru", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "日本語の iCloud メールの不具合の訴えを、端末別の順序だった対処プランにします。",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:some input failed (batch line, scenario, eval under --min)",
                "2:usage or input error (option, file, KB, port in use)", "3:internal error (a bug; please report it)"},
        subcommands = {
                DiagnoseCommand.class,
                BatchCommand.class,
                ExplainCommand.class,
                ValidateCommand.class,
                TestCommand.class,
                CoverageCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                ServeCommand.class,
                ChatCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    static final String VERSION = "naoru 0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Lucene 9 on Java 23 or later logs, through java.util.logging, that a newer Lucene would use the
     * Vector API: advice for Lucene's users, printed on every command. Held here because JUL keeps only
     * weak references to its loggers (a level set on a dropped logger is lost).
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        // Nearly every command analyses text: read Kuromoji's dictionaries while picocli parses the options.
        dev.naoru.text.DictionaryPreload.start();
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        everySubcommandAnswersHelpAndVersion(cl);
        Charset cs = outputCharset(Charset.defaultCharset());
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, cs), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, cs), true));
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
            cmd.getErr().println("naoru: internal error (please report it): " + String.valueOf(ex).lines().findFirst().orElse(""));
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

    /**
     * The charset of standard output and error: the platform's, unless it cannot write Japanese. In the C or
     * POSIX locale (cron jobs, containers) Java's default is US-ASCII and every Japanese character of a
     * plan or of the JSON came out as '?'; JSON is UTF-8 (RFC 8259) and so is nearly every terminal.
     */
    static Charset outputCharset(Charset platform) {
        return carriesJapanese(platform) ? platform : StandardCharsets.UTF_8;
    }

    /** Whether text in this charset can hold Japanese (US-ASCII, the C locale's, cannot). */
    static boolean carriesJapanese(Charset cs) {
        return cs.newEncoder().canEncode("治る");
    }

    /** {@code naoru SUB --help|-h|--version|-V} for every subcommand, added here so new subcommands get them too. */
    private static void everySubcommandAnswersHelpAndVersion(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            var spec = sub.getCommandSpec();
            if (spec.userObject() instanceof CommandLine.HelpCommand) continue;
            if (spec.optionsMap().containsKey("--help")) continue;
            spec.version(VERSION);
            spec.addMixin("mixinStandardHelpOptions", CommandLine.Model.CommandSpec.forAnnotatedObject(new StandardHelp()));
        }
    }

    /** picocli's standard {@code --help}/{@code --version} options as a mixin. */
    @Command(mixinStandardHelpOptions = true)
    private static final class StandardHelp {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
