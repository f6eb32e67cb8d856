package hdae.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Symja's LogicNG parsers check, when their class is initialised, that the ANTLR runtime on the class path is the one
 * that generated them, and print two warnings per parser on standard error when it is not. The build pins that
 * runtime, so nothing reaches standard error. The parser is loaded in a fresh class loader, so that the check runs
 * here even when another test has initialised the class already.
 */
class AntlrRuntimeTest {

    @Test
    void symjaParsersLoadWithoutVersionWarnings() throws Exception {
        URL logicng = Class.forName("org.logicng.io.parsers.LogicNGPropositionalLexer", false,
                getClass().getClassLoader()).getProtectionDomain().getCodeSource().getLocation();
        URL antlr = org.antlr.v4.runtime.RuntimeMetaData.class.getProtectionDomain().getCodeSource().getLocation();
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {logicng, antlr},
                ClassLoader.getPlatformClassLoader())) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (String parser : new String[] {"LogicNGPropositionalLexer", "LogicNGPropositionalParser",
                "LogicNGPseudoBooleanLexer", "LogicNGPseudoBooleanParser"}) {
                Class.forName("org.logicng.io.parsers." + parser, true, fresh);
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
