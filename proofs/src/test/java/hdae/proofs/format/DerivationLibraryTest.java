package hdae.proofs.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.bound.Bound;
import hdae.symbolic.bound.BoundCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped derivations and the catalogue point at each other, completely. */
class DerivationLibraryTest {
    private static final BoundCatalogue CATALOGUE = BoundCatalogue.standard();

    @Test
    void indexListsExactlyTheShippedFiles() throws IOException {
        Path folder = Path.of("src/main/resources/" + DerivationLibrary.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".deriv"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(onDisk, new TreeSet<>(DerivationLibrary.names()));
        }
    }

    @Test
    void everyBoundIsConcludedExactlyOnceByItsOwnDerivation() {
        List<Derivation> all = DerivationLibrary.standard(CATALOGUE);
        Map<String, Long> concluded = all.stream().flatMap(d -> d.steps().stream()
                .flatMap(s -> s.concludes().stream().map(c -> d.id() + " " + c)))
                .collect(Collectors.groupingBy(x -> x, Collectors.counting()));
        for (Bound b : CATALOGUE.all()) {
            assertEquals(1L, concluded.getOrDefault(b.derivation() + " " + b.id(), 0L),
                    () -> b.id() + " must be concluded once in derivation " + b.derivation());
        }
        assertEquals(CATALOGUE.all().size(), concluded.size(), "a step concludes a bound of another derivation");
    }

    @Test
    void everyDerivationStatesItsProvenanceAndSteps() {
        for (Derivation d : DerivationLibrary.standard(CATALOGUE)) {
            assertTrue(!d.steps().isEmpty() && !d.statement().isEmpty(), d.id());
        }
    }
}
