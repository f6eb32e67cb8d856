package hdae.symbolic.formula;

import java.util.Map;
import java.util.Optional;

/**
 * Names of Symja functions that touch the world outside the computation. None can be written in a
 * formula (only {@link Fn} can), and the CAS facade also refuses any input naming one; this table
 * only gives the refusal a precise reason.
 */
public final class Refused {
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("Import", "reads files"), Map.entry("Export", "writes files"),
            Map.entry("Get", "reads and runs files"), Map.entry("Put", "writes files"),
            Map.entry("PutAppend", "writes files"), Map.entry("Read", "reads files"),
            Map.entry("ReadString", "reads files"), Map.entry("ReadList", "reads files"),
            Map.entry("Write", "writes files"), Map.entry("WriteString", "writes files"),
            Map.entry("OpenRead", "opens files"), Map.entry("OpenWrite", "opens files"),
            Map.entry("OpenAppend", "opens files"), Map.entry("Close", "closes streams"),
            Map.entry("FileNames", "lists files"), Map.entry("CreateFile", "creates files"),
            Map.entry("DeleteFile", "deletes files"), Map.entry("CopyFile", "copies files"),
            Map.entry("RenameFile", "renames files"), Map.entry("CreateDirectory", "creates directories"),
            Map.entry("DeleteDirectory", "deletes directories"), Map.entry("SetDirectory", "changes directory"),
            Map.entry("Directory", "reads the working directory"), Map.entry("FileExistsQ", "probes files"),
            Map.entry("Run", "starts processes"), Map.entry("RunProcess", "starts processes"),
            Map.entry("StartProcess", "starts processes"), Map.entry("Environment", "reads the environment"),
            Map.entry("URLFetch", "opens the network"), Map.entry("URLRead", "opens the network"),
            Map.entry("URLExecute", "opens the network"), Map.entry("URLSubmit", "opens the network"),
            Map.entry("Install", "loads native code"), Map.entry("JavaNew", "runs Java code"),
            Map.entry("JavaObject", "runs Java code"), Map.entry("LoadJavaClass", "loads Java classes"),
            Map.entry("ExternalEvaluate", "starts external programs"), Map.entry("Needs", "loads packages from files"),
            Map.entry("ToExpression", "evaluates text as code"), Map.entry("Compile", "generates and loads code"),
            Map.entry("CompilePrint", "generates code"), Map.entry("SystemDialogInput", "opens dialogs"),
            Map.entry("Pause", "sleeps"));

    private Refused() {
    }

    /** Why {@code name} is refused, if it is a known world-touching function. */
    public static Optional<String> reason(String name) {
        return Optional.ofNullable(REASONS.get(name));
    }

    /** Every refused name (for the facade's check of raw CAS input). */
    public static java.util.Set<String> names() {
        return REASONS.keySet();
    }
}
