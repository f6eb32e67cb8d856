package hdae.validate.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.ExceptionAssert;
import hdae.validate.ValidationException;

import org.junit.jupiter.api.Test;

/** The sign census of {@link Spectrum} on matrices with known eigenvalues. */
class SpectrumTest {

    @Test
    void countsNegativeAndZeroEigenvaluesOfADiagonalMatrix() {
        // eigenvalues -2, -1e-9, 0, 3, 5: with tolerance 1e-6 x max|lambda| = 5e-6 the middle two are zero
        double[][] h = {{-2, 0, 0, 0, 0}, {0, -1e-9, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 3, 0}, {0, 0, 0, 0, 5}};
        Spectrum s = Spectrum.of(h, 1e-6);
        assertEquals(1, s.negative());
        assertEquals(2, s.nearZero());
        // index fraction k/n = 1/5 exactly
        assertEquals(0.2, s.indexFraction(), 0.0);
        assertFalse(s.isMinimum());
        assertTrue(s.isDegenerate());
        // Commons Math's symmetric eigen-solver is backward stable: 1e-14 of the largest eigenvalue
        assertEquals(-2, s.eigenvalues()[0], 1e-14 * 5);
    }

    @Test
    void rotatedPositiveDefiniteMatrixIsAMinimum() {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3
        Spectrum s = Spectrum.of(new double[][] {{2, 1}, {1, 2}}, Spectrum.DEFAULT_ZERO_TOLERANCE);
        assertTrue(s.isMinimum());
        assertEquals(0, s.nearZero());
        assertEquals(1, s.eigenvalues()[0], 1e-14 * 3);
        assertEquals(3, s.eigenvalues()[1], 1e-14 * 3);
    }

    @Test
    void rejectsNanZeroToleranceNamingIt() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Spectrum.of(new double[][] {{1}}, Double.NaN));
        ExceptionAssert.messageNames("zeroTolerance", e);
    }
}
