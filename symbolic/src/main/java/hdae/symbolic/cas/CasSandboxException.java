package hdae.symbolic.cas;

import hdae.symbolic.SymbolicException;

/** An input that the CAS sandbox refuses, naming the function and why. */
public final class CasSandboxException extends SymbolicException {
    private static final long serialVersionUID = 1L;

    CasSandboxException(String what, String why) {
        super("refused by the CAS sandbox: " + what + " " + (why.startsWith("is ") || why.startsWith("may ") ? why : "(it " + why + ")"));
    }
}
