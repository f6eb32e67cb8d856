package org.example.bounds;

import hdae.junit.Derivations;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every step of derivations/*.deriv and the bound it declares, one test each (hdae's default policy: FAILED and
 * UNKNOWN fail; CITED and CHECKED pass).
 */
class SignDirectionDerivationTest {
    @TestFactory
    Stream<DynamicNode> derivations() {
        return Derivations.in(Path.of("derivations"));
    }
}
