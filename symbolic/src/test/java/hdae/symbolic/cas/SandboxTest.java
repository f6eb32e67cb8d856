package hdae.symbolic.cas;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hdae.symbolic.SymbolicException;
import org.junit.jupiter.api.Test;

class SandboxTest {

    private static String refusal(String input) {
        return assertThrows(CasSandboxException.class, () -> Sandbox.check(input), input).getMessage();
    }

    @Test
    void refusesImportNamingTheFunction() {
        assertEquals("refused by the CAS sandbox: Import (it reads files)", refusal("Import(\"/etc/passwd\")"));
    }

    @Test
    void refusesRunNamingTheFunction() {
        assertEquals("refused by the CAS sandbox: Run (it starts processes)", refusal("Run(\"ls\")"));
    }

    @Test
    void refusesReadStringNamingTheFunction() {
        assertEquals("refused by the CAS sandbox: ReadString (it reads files)", refusal("ReadString(\"/etc/passwd\")"));
    }

    @Test
    void refusesARefusedNameEvenWithoutACallOrInsideAnAllowedCall() {
        // Symja also applies functions in prefix (f @ x) and postfix (x // f) form, without parentheses
        assertEquals("refused by the CAS sandbox: URLFetch (it opens the network)", refusal("Simplify(URLFetch @ x)"));
        assertEquals("refused by the CAS sandbox: ToExpression (it evaluates text as code)", refusal("x // ToExpression"));
    }

    @Test
    void refusesStringLiterals() {
        assertEquals("refused by the CAS sandbox: a string literal may name a file or code", refusal("Simplify(\"x\")"));
    }

    @Test
    void refusesCallsOffTheAllowList() {
        assertEquals("refused by the CAS sandbox: Plot is not on the allow-list of the CAS facade", refusal("Plot(hv$1)"));
        assertEquals("refused by the CAS sandbox: Table is not on the allow-list of the CAS facade", refusal("Table[hv$1, 3]"));
    }

    @Test
    void allowsTheFacadesOwnCalls() {
        assertDoesNotThrow(() -> Sandbox.check("Simplify(hv$1+1)"));
        assertDoesNotThrow(() -> Sandbox.check("Normal(Series(Expand((Log((1+hv$1))/hv$1)),{hv$1,0,3}))"));
        assertDoesNotThrow(() -> Sandbox.check("N(Gamma((7/2)),35)"));
        assertDoesNotThrow(() -> Sandbox.check("Assuming(hv$1>0&&Element(hv$2,Integers),FullSimplify(Sqrt((hv$1^2))))"));
    }

    @Test
    void refusalIsASymbolicException() {
        assertThrows(SymbolicException.class, () -> Sandbox.check("Export(x)"));
    }
}
