package hdae.validate.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hdae.validate.ledger.GapLedger;
import hdae.validate.ledger.Measurement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SphereConcentrationExperimentTest {

    private final SphereConcentrationExperiment experiment = SphereConcentrationExperiment.of(QuickRuns.cache());

    private ExperimentTable judge(Measured measured) {
        return experiment.judge(measured, Scale.QUICK, GapLedger.standard(),
                RunInfo.here(Scale.QUICK, measured.seeds(), Instant.now(), 0));
    }

    @Test
    void everyQuickRowHoldsOrIsLedgered() {
        ExperimentTable table = judge(QuickRuns.spheres());
        ExperimentAssert.agreesWithLedger(table);
        assertEquals(6 * SphereConcentrationExperiment.DIMENSIONS.length, table.rows().size(),
                "per dimension: mu and the five sandwich rows");
    }

    @Test
    void aBoundOfZeroDistanceIsCaught() {
        // d(E) <= 0 would say every inner-sphere point is an error; the bracket cannot support it (its attack end
        // is positive), so it is REFUTED or INCONCLUSIVE: unledgered, or against a ledger entry for another
        // verdict (stale), a failure in every dimension
        List<Measurement> wrong = new ArrayList<>();
        for (Measurement m : QuickRuns.spheres().rows()) {
            boolean attackMean = m.quantity().startsWith("bracket of the mean");
            wrong.add(attackMean ? new Measurement(m.quantity(), m.bound(), 0.0, m.measured(), m.comparison(),
                    "deliberately wrong: 0") : m);
        }
        ExperimentTable table = judge(new Measured(wrong, QuickRuns.spheres().seeds()));
        assertEquals(SphereConcentrationExperiment.DIMENSIONS.length, table.failures().size(), table::toMarkdown);
        for (Row r : table.failures()) {
            assertTrue(r.judgement().verdict().isFailure(), r.judgement().message());
            assertTrue(r.judgement().message().contains("bracket of the mean"), r.judgement().message());
        }
    }

    @Test
    void theCertifiedRadiusNeverExceedsTheAttackDistance() {
        for (Measurement m : QuickRuns.spheres().rows()) {
            if (m.quantity().startsWith("certified <= attack")) {
                // the fraction of samples with R(x) <= D(x): exactly 1, whatever the sampling
                assertEquals(1.0, m.measured().value(), m.quantity());
            }
        }
    }

    @Test
    void theCapHeightMatchesArchimedesInThreeDimensions() {
        // on S^2 the cap {x_1 >= h} has area fraction (1 - h)/2 (Archimedes' hat-box theorem), so h = 1 - 2 mu;
        // mu >= 0.05, the cap measure at the domain's largest height 9/10; tolerance: the bisection's 2^-50 plus
        // the quadrature's relative 1e-12
        for (double mu : new double[] {0.06, 0.1, 0.25, 0.4}) {
            assertEquals(1 - 2 * mu, CapBound.height(3, mu), 1e-10, "mu = " + mu);
        }
    }

    @Test
    void theBoundDecreasesAsTheErrorRateGrows() {
        double previous = Double.POSITIVE_INFINITY;
        for (double mu : new double[] {0.001, 0.01, 0.05, 0.2, 0.5}) {
            double b = CapBound.distance(100, mu);
            assertTrue(b < previous, "bound " + b + " at mu = " + mu + " after " + previous);
            previous = b;
        }
    }
}
