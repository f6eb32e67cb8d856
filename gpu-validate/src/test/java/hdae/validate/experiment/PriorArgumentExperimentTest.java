package hdae.validate.experiment;

import hdae.validate.data.Mnist;
import hdae.validate.ledger.GapLedger;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriorArgumentExperimentTest {

    private final PriorArgumentExperiment experiment = PriorArgumentExperiment.of(QuickRuns.cache());

    @Test
    void everyQuickRowHoldsOrIsLedgered() {
        ExperimentTable table = experiment.judge(QuickRuns.prior(), Scale.QUICK, GapLedger.standard(),
                RunInfo.here(Scale.QUICK, QuickRuns.prior().seeds(), Instant.now(), 0));
        ExperimentAssert.agreesWithLedger(table);
        assertEquals(6, table.rows().size(),
                "two reported error rates, the confidence under both conventions, one clean error, one baseline");
    }

    @Test
    void threesAndSevensRelabelsThreeAsZeroAndSevenAsOne() {
        var set = PriorArgumentExperiment.threesAndSevens(Mnist.test(), 200);
        int threes = 0;
        int sevens = 0;
        for (int i = 0; i < 200; i++) {
            threes += Mnist.test().label(i) == 3 ? 1 : 0;
            sevens += Mnist.test().label(i) == 7 ? 1 : 0;
        }
        assertEquals(threes + sevens, set.size());
        int ones = 0;
        for (int label : set.labels()) {
            ones += label;
        }
        assertEquals(sevens, ones, "label 1 is a 7");
        assertTrue(set.size() > 20, "MNIST's first 200 test images hold about 40 threes and sevens");
    }
}
