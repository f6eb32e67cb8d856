package hdae.validate.model;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import java.time.Duration;
import java.util.Locale;

/**
 * A console progress bar that appears only once a task has run longer than a few seconds, and only on a
 * terminal. System property {@code hdae.progress}: {@code auto} (default), {@code on} (also without a
 * terminal), {@code off}.
 */
public final class Progress implements AutoCloseable {

    /** A task shorter than this shows no bar. */
    private static final Duration DELAY = Duration.ofSeconds(3);

    /** What the bar is labelled. */
    private final String task;
    /** Total steps. */
    private final long total;
    /** Whether a bar may be shown at all. */
    private final boolean enabled;
    /** When the task started, from {@link System#nanoTime()}. */
    private final long start;
    /** Steps done. */
    private long done;
    /** The bar, once shown. */
    private ProgressBar bar;

    private Progress(String task, long total, boolean enabled) {
        this.task = task;
        this.total = total;
        this.enabled = enabled;
        this.start = System.nanoTime();
    }

    /**
     * Starts tracking a task.
     *
     * @param task  label
     * @param total total number of steps
     * @return the tracker; close it when the task ends
     */
    public static Progress start(String task, long total) {
        String mode = System.getProperty("hdae.progress", "auto").toLowerCase(Locale.ROOT);
        boolean enabled = mode.equals("on") || (mode.equals("auto") && System.console() != null);
        return new Progress(task, total, enabled);
    }

    /**
     * Records one more step, with a message (for example the current loss).
     *
     * @param message extra text after the bar
     */
    public void step(String message) {
        done++;
        if (bar == null && enabled && System.nanoTime() - start > DELAY.toNanos()) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .startsFrom(done, Duration.ofNanos(System.nanoTime() - start)).build();
        }
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(message);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
