package hdae.proofs.check;

import hdae.proofs.ProofsException;
import java.time.Duration;

/**
 * How hard the checker tries.
 *
 * @param points random points for a numeric equality check (at least 20)
 * @param digits significant digits of the high-precision evaluation
 * @param inequalityPoints random points when an inequality cannot be proved on its whole domain
 * @param maxBoxes box budget of the interval-bisection prover
 * @param casLimit time limit of one CAS call
 * @param seed seed of the random points
 */
public record CheckSettings(int points, int digits, int inequalityPoints, long maxBoxes, Duration casLimit, long seed) {
    /** Defaults: 20 points at 40 digits, 500 inequality points, 20,000 boxes, 10 s per CAS call. */
    public static final CheckSettings DEFAULT = new CheckSettings(20, 40, 500, 20_000, Duration.ofSeconds(10), 20180101L);

    public CheckSettings {
        if (!(points >= 20)) {
            throw ProofsException.expected("at least 20", "points", points);
        }
        if (!(digits >= 20 && digits <= 200)) {
            throw ProofsException.expected("20 to 200", "digits", digits);
        }
        if (!(inequalityPoints >= 20)) {
            throw ProofsException.expected("at least 20", "inequalityPoints", inequalityPoints);
        }
        if (!(maxBoxes > 0)) {
            throw ProofsException.expected("positive", "maxBoxes", maxBoxes);
        }
        if (casLimit == null || casLimit.isNegative() || casLimit.isZero()) {
            throw ProofsException.expected("a positive duration", "casLimit", casLimit);
        }
    }

    public CheckSettings withCasLimit(Duration limit) {
        return new CheckSettings(points, digits, inequalityPoints, maxBoxes, limit, seed);
    }

    public CheckSettings withSeed(long newSeed) {
        return new CheckSettings(points, digits, inequalityPoints, maxBoxes, casLimit, newSeed);
    }
}
