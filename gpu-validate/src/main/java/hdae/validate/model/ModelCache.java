package hdae.validate.model;

import hdae.validate.ValidationException;
import hdae.validate.data.Dataset;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A disk cache of trained models, keyed by the SHA-256 of everything that determines the trained parameters:
 * the {@link ModelSpec}, the {@link TrainingSpec} (seed included), the data's content fingerprint, the DL4J
 * version and this file format's version.
 *
 * <p>A cache file is a short text header (format line, full key, SHA-256 and length of the payload) followed
 * by the payload, a DL4J {@code ModelSerializer} zip. It is written to a temporary file in the same folder and
 * then renamed with {@link StandardCopyOption#ATOMIC_MOVE}, so an interrupted run leaves at most a
 * {@code *.tmp} file that is never read. On loading, the header, length and checksum are verified before DL4J
 * sees a byte; a file that fails is reported to the warning sink and retrained, never loaded.
 *
 * <p>Safe for several threads (experiments run side by side): two requests for the same configuration at once
 * train it once; the second waits for the first and loads its file (one lock per file for the whole JVM). Copies
 * made by {@link #counting()} count their own models.
 */
public final class ModelCache {

    /** First header line; a change of layout changes it. */
    private static final String FORMAT = "hdae-model-cache 1";
    /** DL4J version, part of the key: another version may train differently. */
    private static final String DL4J_VERSION = "1.0.0-M2.1";
    /** Header lines are short; a longer line means a corrupt file. */
    private static final int MAX_HEADER_LINE = 512;
    /** The phase ({@link Phases}) of training a model. */
    public static final String TRAINING_PHASE = "training";
    /** The phase of the cache's own work: reading, verifying and storing files, waiting for another thread. */
    public static final String CACHE_PHASE = "model cache (load, store, wait)";

    /** The folder of cache files. */
    private final Path directory;
    /** Where reports of corrupt files go. */
    private final Consumer<String> warnings;
    /** Models loaded from files by this instance. */
    private final AtomicInteger loaded = new AtomicInteger();
    /** Models trained by this instance. */
    private final AtomicInteger trained = new AtomicInteger();
    /**
     * One lock per cache file, for every cache of this JVM (whatever instance names the folder): a configuration is
     * trained by one thread at a time.
     */
    private static final ConcurrentMap<Path, Object> IN_FLIGHT = new ConcurrentHashMap<>();
    /**
     * Whether the folder can be written: null until first needed; shared with the copies of {@link #counting()} and
     * {@link #withWarnings}, so that an unwritable folder is found out, and reported, once per run.
     */
    private final AtomicReference<Boolean> writable;

    private ModelCache(Path directory, Consumer<String> warnings, AtomicReference<Boolean> writable) {
        this.directory = directory;
        this.warnings = warnings;
        this.writable = writable;
    }

    /**
     * A cache in a folder (created when first written), reporting corrupt files on standard error.
     *
     * @param directory the folder
     * @return the cache
     */
    public static ModelCache in(Path directory) {
        return new ModelCache(directory, message -> System.err.println("hdae: " + message), new AtomicReference<>());
    }

    /**
     * The default cache: system property {@code hdae.cache.dir}, else environment variable {@code HDAE_CACHE_DIR},
     * else {@code ${user.home}/.cache/hdae/models}.
     *
     * @return the cache
     */
    public static ModelCache defaultCache() {
        String configured = System.getProperty("hdae.cache.dir", System.getenv("HDAE_CACHE_DIR"));
        Path directory = configured != null && !configured.isBlank() ? Paths.get(configured)
                : Paths.get(System.getProperty("user.home"), ".cache", "hdae", "models");
        return in(directory);
    }

    /**
     * A copy reporting corrupt files to another sink.
     *
     * @param sink receives one line per corrupt file
     * @return the copy
     */
    public ModelCache withWarnings(Consumer<String> sink) {
        return new ModelCache(directory, sink, writable);
    }

    /**
     * A copy with its own counts of models trained and loaded (one per experiment run side by side with others),
     * with the same folder and warning sink.
     *
     * @return the copy, its counts at zero
     */
    public ModelCache counting() {
        return new ModelCache(directory, warnings, writable);
    }

    /** @return the folder of cache files */
    public Path directory() {
        return directory;
    }

    /** @return how many models this cache has loaded from files */
    public int loaded() {
        return loaded.get();
    }

    /** @return how many models this cache has trained */
    public int trained() {
        return trained.get();
    }

    /**
     * The full key string of a configuration (hashed for the file name).
     *
     * @param spec     the shape
     * @param training how it is trained, seed included
     * @param data     the training data
     * @return the key
     */
    public static String key(ModelSpec spec, TrainingSpec training, Dataset data) {
        return "model[" + spec.canonical() + "] training[" + training.canonical() + "] data[" + data.fingerprint()
                + "] dl4j[" + DL4J_VERSION + "] format[" + FORMAT + "]";
    }

    /**
     * The cache file of a configuration.
     *
     * @param spec     the shape
     * @param training how it is trained
     * @param data     the training data
     * @return the file (which may not exist)
     */
    public Path fileFor(ModelSpec spec, TrainingSpec training, Dataset data) {
        return directory.resolve(sha256(key(spec, training, data).getBytes(StandardCharsets.UTF_8)) + ".model");
    }

    /**
     * Loads the model of this configuration, or trains and stores it.
     *
     * @param spec     the shape
     * @param training how to train
     * @param data     the training data
     * @return the classifier and how it was obtained
     */
    public CachedModel getOrTrain(ModelSpec spec, TrainingSpec training, Dataset data) {
        String key = key(spec, training, data);
        Path file = directory.resolve(sha256(key.getBytes(StandardCharsets.UTF_8)) + ".model");
        return Phases.time(CACHE_PHASE, () -> {
            synchronized (IN_FLIGHT.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Object())) {
                return getOrTrain(spec, training, data, key, file);
            }
        });
    }

    private CachedModel getOrTrain(ModelSpec spec, TrainingSpec training, Dataset data, String key, Path file) {
        CacheOutcome outcome = CacheOutcome.TRAINED;
        if (Files.exists(file)) {
            byte[] content = readAll(file);
            String problem = verify(content, key);
            if (problem == null) {
                loaded.incrementAndGet();
                return new CachedModel(Classifier.of(spec, restore(file, payload(content))), CacheOutcome.HIT, file,
                        null);
            }
            warnings.accept(String.format(Locale.ROOT, "model cache file %s is corrupt (%s); retraining", file,
                    problem));
            outcome = CacheOutcome.RETRAINED_CORRUPT;
        }
        // whether the model can be stored is found out before training, and an unwritable folder costs only the
        // caching (with one warning), never the trained model
        boolean store = writable();
        TrainedModel trained = Phases.time(TRAINING_PHASE, () -> Trainer.train(spec, training, data));
        this.trained.incrementAndGet();
        if (store) {
            try {
                write(file, key, trained.classifier().network());
            } catch (UncheckedIOException e) {
                warnings.accept(e.getMessage() + " (" + e.getCause().getMessage() + "); the model is used without caching");
            }
        }
        return new CachedModel(trained.classifier(), outcome, file, trained.report());
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model cache file " + file, e);
        }
    }

    /** @return null when the content is a valid cache file for {@code key}, else what is wrong */
    private static String verify(byte[] content, String key) {
        String[] header = new String[4];
        int position = 0;
        for (int line = 0; line < header.length; line++) {
            int end = position;
            while (end < content.length && end - position < MAX_HEADER_LINE && content[end] != '\n') {
                end++;
            }
            if (end >= content.length || content[end] != '\n') {
                return "header line " + (line + 1) + " missing or too long";
            }
            header[line] = new String(content, position, end - position, StandardCharsets.UTF_8);
            position = end + 1;
        }
        if (!header[0].equals(FORMAT)) {
            return "format line is '" + header[0] + "', expected '" + FORMAT + "'";
        }
        if (!header[1].equals("key " + sha256(key.getBytes(StandardCharsets.UTF_8)))) {
            return "key does not match the configuration";
        }
        long length = content.length - (long) position;
        if (!header[3].equals("length " + length)) {
            return "payload has " + length + " bytes, header says '" + header[3] + "' (truncated?)";
        }
        String checksum = sha256(Arrays.copyOfRange(content, position, content.length));
        if (!header[2].equals("sha256 " + checksum)) {
            return "payload checksum mismatch";
        }
        return null;
    }

    private static byte[] payload(byte[] content) {
        int newlines = 0;
        int position = 0;
        while (newlines < 4) {
            if (content[position++] == '\n') {
                newlines++;
            }
        }
        return Arrays.copyOfRange(content, position, content.length);
    }

    private static MultiLayerNetwork restore(Path file, byte[] payload) {
        try {
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(payload), false);
        } catch (IOException e) {
            throw ValidationException.expected("a DL4J model behind a verified checksum", "file " + file,
                    e.getMessage(), e);
        }
    }

    /**
     * Whether the cache folder can be written (created when missing, then probed with a temporary file); found
     * out once, with a warning when it cannot: training then goes on without the cache.
     */
    private boolean writable() {
        synchronized (writable) {
            if (writable.get() == null) {
                try {
                    Files.createDirectories(directory);
                    Files.delete(Files.createTempFile(directory, ".probe.", ".tmp"));
                    writable.set(true);
                } catch (IOException | UnsupportedOperationException | SecurityException e) {
                    writable.set(false);
                    warnings.accept("model cache folder " + directory + " cannot be written (" + e
                            + "); models are trained without caching");
                }
            }
            return writable.get();
        }
    }

    private void write(Path file, String key, MultiLayerNetwork network) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Path temporary = null;
        try {
            ModelSerializer.writeModel(network, buffer, false);
            byte[] payload = buffer.toByteArray();
            String header = FORMAT + "\nkey " + sha256(key.getBytes(StandardCharsets.UTF_8)) + "\nsha256 "
                    + sha256(payload) + "\nlength " + payload.length + "\n";
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, file.getFileName().toString() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(header.getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                bytes = ByteBuffer.wrap(payload);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model cache file " + file, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    warnings.accept("cannot delete temporary file " + temporary + ": " + e.getMessage());
                }
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
