package hdae.validate.census;

/**
 * One critical point of the census with its Hessian checks.
 *
 * @param width the hidden width \( h \) of the network
 * @param start the index of the seeded start that reached it (the first, when several did)
 * @param theta the parameters, in the canonical form of {@link TanhMlp#canonical}
 * @param loss \( L(\theta) \)
 * @param gradientNorm \( \|\nabla L(\theta)\|_2 \le \tau \)
 * @param asymmetry the relative asymmetry of the unsymmetrised finite-difference Hessian
 *     ({@link FiniteDifferences#asymmetry})
 * @param secondDifferenceError \( \max_u |D_u - u^\top H u| / \max(1, |u^\top H u|) \) over the random unit
 *     directions \( u \) of the check ({@link FiniteDifferences#secondDifference})
 * @param spectrum the eigenvalues of the symmetrised Hessian and their sign census
 */
public record CriticalPoint(int width, int start, double[] theta, double loss, double gradientNorm, double asymmetry,
        double secondDifferenceError, Spectrum spectrum) {

    /**
     * The parameter count.
     *
     * @return \( n \)
     */
    public int parameterCount() {
        return spectrum.size();
    }
}
