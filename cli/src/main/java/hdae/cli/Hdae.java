package hdae.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hdae} command. Exit codes: 0 when everything holds, 1 when a step FAILED, is UNKNOWN or
 * misses its expectation, 2 for bad input or usage (one line on standard error, never a stack trace).
 */
@Command(name = "hdae", mixinStandardHelpOptions = true, version = "hdae 0.1.0",
        description = "Companion to S. Dube, High Dimensional Spaces, Deep Learning and Adversarial Examples"
                + " (arXiv 1801.00634): derivations checked step by step, bounds as LaTeX.",
        subcommands = {CheckCommand.class, LatexCommand.class, AuditCommand.class, CensusCommand.class, ReportCommand.class, BenchCommand.class, MeasureCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Hdae implements Runnable {
    /** Everything holds. */
    public static final int OK = 0;
    /** A step failed, is unknown, or a gap is not in the ledger. */
    public static final int NOT_ALL_HOLD = 1;
    /** Bad input or usage. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Hdae());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("hdae: " + ex.getMessage() + " (see 'hdae " + commandPath(ex.getCommandLine()) + "--help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException) {
                err.println("hdae: " + ex.getMessage());
                return BAD_INPUT;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    private static String commandPath(CommandLine c) {
        return c.getParent() == null ? "" : c.getCommandName() + " ";
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a subcommand: check, latex, audit, census, report, bench, measure, validate or help");
    }
}
