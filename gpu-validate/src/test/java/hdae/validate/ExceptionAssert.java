package hdae.validate;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on the module exception's message, shared by all test packages. */
public final class ExceptionAssert {

    private ExceptionAssert() {
    }

    /**
     * Asserts the module exception type, the standard message form, and that the message names the parameter
     * (or file).
     *
     * @param name the parameter or file the message must name
     * @param e    the thrown exception
     */
    public static void messageNames(String name, Throwable e) {
        assertInstanceOf(ValidationException.class, e);
        String message = e.getMessage();
        assertTrue(message.startsWith("expected "), message);
        assertTrue(message.contains(" for ") && message.contains(name),
                "message should name " + name + ": " + message);
        assertTrue(message.contains(", got "), message);
    }

    /**
     * As {@link #messageNames}, and the message also contains {@code words}.
     *
     * @param name  the parameter or file the message must name
     * @param words a phrase the message must contain
     * @param e     the thrown exception
     */
    public static void messageNamesAndSays(String name, String words, Throwable e) {
        messageNames(name, e);
        assertTrue(e.getMessage().contains(words), "message should say '" + words + "': " + e.getMessage());
    }
}
