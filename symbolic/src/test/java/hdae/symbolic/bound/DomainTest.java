package hdae.symbolic.bound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.symbolic.SymbolicException;
import org.junit.jupiter.api.Test;

class DomainTest {

    @Test
    void openIntervalExcludesItsEnds() {
        Domain d = Domain.open(0, 0.5);
        assertFalse(d.contains(0));
        assertTrue(d.contains(Double.MIN_VALUE));
        assertTrue(d.contains(Math.nextDown(0.5)));
        assertFalse(d.contains(0.5));
        assertFalse(d.contains(Double.NaN));
        assertEquals("reals in (0, 0.5)", d.toString());
    }

    @Test
    void integerDomainHoldsOnlyIntegers() {
        Domain d = Domain.integersAtLeast(1);
        assertTrue(d.contains(1));
        assertTrue(d.contains(1e6));
        assertFalse(d.contains(0));
        assertFalse(d.contains(2.5));
        assertFalse(d.contains(Double.POSITIVE_INFINITY));
        assertFalse(d.isBounded());
        assertEquals("integers in [1, Infinity)", d.toString());
        assertTrue(Domain.integersBetween(1, 3).isBounded());
    }

    @Test
    void rejectsNanAndReversedEnds() {
        SymbolicException e = assertThrows(SymbolicException.class, () -> Domain.closed(Double.NaN, 1));
        assertEquals("expected lower <= upper for domain, got [NaN, 1.0]", e.getMessage());
        assertThrows(SymbolicException.class, () -> Domain.closed(2, 1));
    }

    @Test
    void rejectsAnEmptyOpenInterval() {
        SymbolicException e = assertThrows(SymbolicException.class, () -> Domain.open(1, 1));
        assertEquals("expected a non-empty interval for domain, got (1.0, 1.0)", e.getMessage());
        assertTrue(Domain.closed(1, 1).contains(1));
    }
}
