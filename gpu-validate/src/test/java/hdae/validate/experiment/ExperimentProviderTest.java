package hdae.validate.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.bound.Provenance;
import hdae.validate.ValidationException;
import hdae.validate.model.ModelCache;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiments are found through {@link java.util.ServiceLoader}: hdae's own, in report order, then a user's
 * provider named in a jar's {@code META-INF/services} (here a folder on a class loader of the test's own), and an
 * id used twice is refused, since the id is the ledger's key.
 */
class ExperimentProviderTest {

    /** The built-in order the report and the ledger rely on. */
    private static final List<String> BUILT_IN = List.of(PriorArgumentExperiment.ID, RefinementWitnessExperiment.ID,
            CorrectedTheoremExperiment.ID, MultiresolutionExperiment.ID, SphereConcentrationExperiment.ID,
            EffectiveDimensionExperiment.ID);

    @TempDir
    Path services;

    /** A user's provider: one experiment, whose id is chosen by a system property of the test. */
    public static final class UserProvider implements ExperimentProvider {
        @Override
        public List<Experiment> experiments(ModelCache cache) {
            String id = System.getProperty("hdae.test.provider.id", "user-example");
            return List.of(new Experiment() {
                public String id() {
                    return id;
                }

                public String title() {
                    return "a user's experiment";
                }

                public String bound() {
                    return "cube-mean-dist-le-inv-2pi-of-half-mass";
                }

                public Provenance provenance() {
                    return Provenance.FORMALISATION;
                }

                public String method() {
                    return "none";
                }

                public Measured measure(Scale scale) {
                    return new Measured(List.of(), List.of());
                }
            });
        }
    }

    @Test
    void theBuiltInExperimentsComeFirstInReportOrder() {
        assertEquals(BUILT_IN, Validation.experimentIds());
    }

    @Test
    void aProviderNamedInMetaInfServicesAddsItsExperimentsAfterTheBuiltInOnes() throws Exception {
        List<String> ids = withUserProvider(Validation::experimentIds);
        assertEquals(BUILT_IN, ids.subList(0, BUILT_IN.size()));
        assertEquals(List.of("user-example"), ids.subList(BUILT_IN.size(), ids.size()));
    }

    @Test
    void anIdUsedTwiceIsRefusedNamingBothProviders() {
        System.setProperty("hdae.test.provider.id", PriorArgumentExperiment.ID);
        try {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> withUserProvider(Validation::experimentIds));
            assertTrue(e.getMessage().contains(UserProvider.class.getName())
                    && e.getMessage().contains(BuiltInExperiments.class.getName()), e.getMessage());
        } finally {
            System.clearProperty("hdae.test.provider.id");
        }
    }

    private <T> T withUserProvider(Callable<T> action) throws Exception {
        Path file = services.resolve("META-INF/services/" + ExperimentProvider.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, UserProvider.class.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            return action.call();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
