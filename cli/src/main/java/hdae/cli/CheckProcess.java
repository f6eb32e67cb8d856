package hdae.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import hdae.proofs.check.ParallelCheck;
import hdae.proofs.check.StepResult;
import hdae.proofs.format.Derivation;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A second JVM that checks derivations for {@code hdae check}: the same command in its hidden {@code --worker} mode,
 * which reads derivation numbers on its standard input and answers each with one line of JSON, the derivation's
 * step results. Two Symja engines in one JVM are not fully independent ({@link ParallelCheck}); two JVMs share
 * nothing, so each verdict is the one a single thread gives. The worker JVM gets this JVM's class path and its
 * memory, class-data-archive and system-property options, and inherits the environment (OMP_NUM_THREADS) and the
 * standard error. A worker that ends early or answers out of turn is {@link ParallelCheck.Lost}: its derivations are
 * checked in this JVM.
 */
final class CheckProcess implements ParallelCheck.Worker {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader answers;

    private CheckProcess(Process process) {
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** @param checkArguments the arguments of {@code hdae check} that fix its verdicts (seed, CAS limit, files) */
    static Supplier<ParallelCheck.Worker> starting(List<String> checkArguments) {
        return () -> {
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
            command.addAll(jvmOptions());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Hdae.class.getName(), "check", "--worker"));
            command.addAll(checkArguments);
            try {
                return new CheckProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
            } catch (IOException e) {
                throw new ParallelCheck.Lost("cannot start a second JVM: " + e.getMessage(), e);
            }
        };
    }

    /**
     * This JVM's options that a worker needs too: heap and stack sizes, the class-data archive it maps (never one it
     * writes: two JVMs would write the same file), the compilers' mode and system properties. Agents, debuggers and recordings stay here.
     */
    private static List<String> jvmOptions() {
        List<String> out = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss") || a.startsWith("-D")
                    || a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xlog:cds")
                    || a.startsWith("-XX:TieredStopAtLevel=")) {
                out.add(a);
            }
        }
        return out;
    }

    @Override
    public List<StepResult> check(int index, Derivation d) {
        String line;
        try {
            requests.write(index + "\n");
            requests.flush();
            line = answers.readLine();
        } catch (IOException e) {
            throw new ParallelCheck.Lost("the second JVM ended: " + e.getMessage(), e);
        }
        if (line == null) {
            throw new ParallelCheck.Lost("the second JVM ended before it checked " + d.id(), null);
        }
        List<StepResult> results = new ArrayList<>();
        try {
            for (Map<String, Object> m : JSON.readValue(line, new TypeReference<List<Map<String, Object>>>() { })) {
                results.add(StepResultJson.read(m));
            }
        } catch (IOException | RuntimeException e) {
            throw new ParallelCheck.Lost("the second JVM answered what hdae cannot read: " + e.getMessage(), e);
        }
        if (results.size() != d.steps().size() || results.stream().anyMatch(r -> !r.derivation().equals(d.id()))) {
            throw new ParallelCheck.Lost("the second JVM answered for another derivation than " + d.id(), null);
        }
        return results;
    }

    /** Ends the worker: its input closes, so it exits; one that has not exited within 5 s is destroyed. */
    @Override
    public void close() {
        try {
            requests.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * The worker's side: reads derivation numbers, one per line, until its input ends, and answers each with the
     * derivation's step results as one line of JSON.
     */
    static void serve(List<Derivation> derivations, ParallelCheck.Worker checker, java.io.PrintWriter out)
            throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int i = Integer.parseInt(line.strip());
            out.println(JSON.writeValueAsString(checker.check(i, derivations.get(i)).stream().map(StepResultJson::of).toList()));
            out.flush();
        }
    }
}
