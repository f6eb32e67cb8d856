package hdae.validate.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.data.Dataset;
import hdae.validate.data.Synthetic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

class ModelCacheTest {

    private static final Dataset DATA = Synthetic.gaussians(5, 60, 2, 1, 1L);
    private static final ModelSpec SPEC = ModelSpec.mlp(5, List.of(4), 2);
    private static final TrainingSpec TRAINING = TrainingSpec.of(1, 16, 2L);

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private ModelCache cache() {
        return ModelCache.in(dir).withWarnings(warnings::add);
    }

    private static double[] params(CachedModel model) {
        return model.classifier().network().params().toDoubleVector();
    }

    @Test
    void secondLookupLoadsTheSameParametersFromDisk() {
        CachedModel first = cache().getOrTrain(SPEC, TRAINING, DATA);
        CachedModel second = cache().getOrTrain(SPEC, TRAINING, DATA);
        assertEquals(CacheOutcome.TRAINED, first.outcome());
        assertEquals(CacheOutcome.HIT, second.outcome());
        assertArrayEquals(params(first), params(second), 0.0);
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    /**
     * Claim: two threads asking at once for the same configuration (two experiments run side by side) get it
     * trained once: one trains, the other waits and loads the stored file, with the same parameters; each
     * {@link ModelCache#counting()} copy counts its own.
     */
    @Test
    void twoThreadsAskingAtOnceTrainOnce() throws Exception {
        ModelCache shared = cache();
        ModelCache first = shared.counting();
        ModelCache second = shared.counting();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            Future<CachedModel> a = pool.submit(() -> {
                ready.countDown();
                ready.await();
                return first.getOrTrain(SPEC, TRAINING, DATA);
            });
            Future<CachedModel> b = pool.submit(() -> {
                ready.countDown();
                ready.await();
                return second.getOrTrain(SPEC, TRAINING, DATA);
            });
            List<CacheOutcome> outcomes = List.of(a.get().outcome(), b.get().outcome());
            assertTrue(outcomes.contains(CacheOutcome.TRAINED) && outcomes.contains(CacheOutcome.HIT),
                    outcomes.toString());
            assertArrayEquals(params(a.get()), params(b.get()), 0.0);
            assertEquals(1, first.trained() + second.trained());
            assertEquals(1, first.loaded() + second.loaded());
            assertEquals(0, shared.trained() + shared.loaded(), "the copies count for themselves");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void anUnwritableFolderCostsOnlyTheCachingWithOneWarning() throws IOException {
        // a folder below a regular file can never be created
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        ModelCache cache = ModelCache.in(blocker.resolve("models")).withWarnings(warnings::add);
        CachedModel first = cache.getOrTrain(SPEC, TRAINING, DATA);
        CachedModel second = cache.getOrTrain(SPEC, TRAINING, DATA);
        assertEquals(CacheOutcome.TRAINED, first.outcome());
        assertEquals(CacheOutcome.TRAINED, second.outcome());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("cannot be written") && warnings.get(0).contains("without caching"),
                warnings.get(0));
    }

    @Test
    void anUnwritableFolderIsReportedOnceForACacheAndItsCountingCopies() throws IOException {
        // validate gives each experiment a counting copy; the folder's problem is one line, not one per experiment
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        ModelCache cache = ModelCache.in(blocker.resolve("models")).withWarnings(warnings::add);
        assertEquals(CacheOutcome.TRAINED, cache.counting().getOrTrain(SPEC, TRAINING, DATA).outcome());
        assertEquals(CacheOutcome.TRAINED, cache.counting().getOrTrain(SPEC, TRAINING, DATA).outcome());
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void keyChangesWithSeedShapeAndData() {
        Path base = cache().fileFor(SPEC, TRAINING, DATA);
        assertNotEquals(base, cache().fileFor(SPEC, TrainingSpec.of(1, 16, 3L), DATA));
        assertNotEquals(base, cache().fileFor(ModelSpec.mlp(5, List.of(5), 2), TRAINING, DATA));
        assertNotEquals(base, cache().fileFor(SPEC, TRAINING, Synthetic.gaussians(5, 60, 2, 1, 9L)));
        assertNotEquals(base, cache().fileFor(SPEC.withPrecision(Precision.FLOAT), TRAINING, DATA));
    }

    @Test
    void writingLeavesNoTemporaryFile() throws IOException {
        cache().getOrTrain(SPEC, TRAINING, DATA);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).endsWith(".model"), names.toString());
        }
    }

    @Test
    void truncatedFileIsReportedAndRetrainedNeverLoaded() throws IOException {
        Path file = cache().getOrTrain(SPEC, TRAINING, DATA).file();
        byte[] content = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(content, content.length / 2));
        CachedModel again = cache().getOrTrain(SPEC, TRAINING, DATA);
        assertEquals(CacheOutcome.RETRAINED_CORRUPT, again.outcome());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains(file.toString()) && warnings.get(0).contains("truncated"),
                warnings.get(0));
        assertEquals(CacheOutcome.HIT, cache().getOrTrain(SPEC, TRAINING, DATA).outcome());
    }

    @Test
    void flippedPayloadByteFailsTheChecksum() throws IOException {
        Path file = cache().getOrTrain(SPEC, TRAINING, DATA).file();
        byte[] content = Files.readAllBytes(file);
        content[content.length - 100] ^= 0x01;
        Files.write(file, content);
        assertEquals(CacheOutcome.RETRAINED_CORRUPT, cache().getOrTrain(SPEC, TRAINING, DATA).outcome());
        assertTrue(warnings.get(0).contains("checksum"), warnings.get(0));
    }

    @Test
    void garbageAndEmptyFilesAreReportedAsCorrupt() throws IOException {
        Path file = cache().fileFor(SPEC, TRAINING, DATA);
        Files.createDirectories(dir);
        for (byte[] content : new byte[][] {new byte[0], "not a model at all\n".getBytes(), new byte[4096]}) {
            Files.write(file, content);
            warnings.clear();
            assertEquals(CacheOutcome.RETRAINED_CORRUPT, cache().getOrTrain(SPEC, TRAINING, DATA).outcome());
            assertEquals(1, warnings.size(), warnings.toString());
        }
    }

    @Test
    void leftoverTemporaryFileOfAnInterruptedWriteIsIgnored() throws IOException {
        Path file = cache().fileFor(SPEC, TRAINING, DATA);
        Files.createDirectories(dir);
        Files.write(dir.resolve(file.getFileName() + ".123.tmp"), "half a model".getBytes());
        assertEquals(CacheOutcome.TRAINED, cache().getOrTrain(SPEC, TRAINING, DATA).outcome());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void defaultDirectoryFollowsTheSystemProperty() {
        String saved = System.getProperty("hdae.cache.dir");
        try {
            System.setProperty("hdae.cache.dir", dir.toString());
            assertEquals(dir, ModelCache.defaultCache().directory());
        } finally {
            if (saved == null) {
                System.clearProperty("hdae.cache.dir");
            } else {
                System.setProperty("hdae.cache.dir", saved);
            }
        }
    }
}
