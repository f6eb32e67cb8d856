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

    /**
     * Stack of the thread that runs a command. Input is limited in nesting depth (FormulaParser.MAX_DEPTH),
     * and this stack leaves room far beyond it, so that recursion over formulas never meets the JVM's
     * default limit; a StackOverflowError is still caught and reported in one line.
     */
    private static final long STACK_BYTES = 256L << 20;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (on a thread with a large stack). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int[] code = {BAD_INPUT};
        Thread t = new Thread(null, () -> code[0] = runHere(args, out, err), "hdae-main", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            err.println("hdae: interrupted");
            return BAD_INPUT;
        }
        return code[0];
    }

    /**
     * Joins each command's description into paragraphs for picocli to wrap to the help's width: the sources break
     * its lines at about 100 columns, and picocli would keep those breaks and wrap each line again at 80, leaving
     * sentences cut into ragged pieces. A line that ends a sentence ends its paragraph.
     */
    private static void paragraphs(CommandLine c) {
        var usage = c.getCommandSpec().usageMessage();
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : usage.description()) {
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
            if (line.strip().endsWith(".")) {
                out.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
        }
        usage.description(out.toArray(String[]::new));
    }

    private static int runHere(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Hdae());
        cl.getSubcommands().values().forEach(Hdae::paragraphs);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("hdae: " + oneLine(ex.getMessage()) + " (see 'hdae " + commandPath(ex.getCommandLine()) + "--help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException
                    || ex instanceof java.io.IOException) {
                err.println("hdae: " + oneLine(ex.getMessage()));
                return BAD_INPUT;
            }
            throw ex;
        });
        try {
            return cl.execute(args);
        } catch (StackOverflowError e) {
            err.println("hdae: expected input nested less deeply, found input that exhausted the stack");
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("hdae: out of memory (" + oneLine(e.getMessage()) + "); give the JVM more heap with JAVA_TOOL_OPTIONS=-Xmx...");
            return BAD_INPUT;
        }
    }

    /**
     * A message as one printable line: control characters (NUL, line breaks, escapes from a hostile file)
     * are written as {@code \\uXXXX}, never echoed raw to the terminal.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        StringBuilder b = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static String commandPath(CommandLine c) {
        return c.getParent() == null ? "" : c.getCommandName() + " ";
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a subcommand: check, latex, audit, census, report, bench, measure, validate or help");
    }
}
