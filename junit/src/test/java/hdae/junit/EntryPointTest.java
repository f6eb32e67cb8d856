package hdae.junit;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The entry point as a user writes it, run by the JUnit engine itself: every test of {@code good/} passes. */
class EntryPointTest {
    @TestFactory
    Stream<DynamicNode> derivations() throws URISyntaxException {
        return Derivations.of(Path.of(EntryPointTest.class.getResource("good").toURI())).casTimeout(Duration.ofSeconds(5))
                .tests();
    }
}
