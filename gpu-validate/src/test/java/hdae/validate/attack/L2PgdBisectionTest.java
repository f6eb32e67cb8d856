package hdae.validate.attack;

/** The minimal-L2 search under the minimisation contract. */
class L2PgdBisectionTest extends MinimizationAttackContractTest {

    @Override
    MinimizationAttack attack() {
        // 20 PGD steps of 2.5 eps / 20 and 6 bisections keep the test fast; the doubling from eps = 1 up to the
        // 7x7 box diameter 7 always reaches a budget where PGD succeeds on this fixture
        return L2PgdBisection.of().withPgd(L2Pgd.of().withSteps(20).withRelativeStep(0.125))
                .withSchedule(1.0, 3, 6);
    }

    @Override
    double minimumSuccessRate() {
        // at eps = 7 (the whole box) PGD succeeds on every sample of this fixture (measured: all 60)
        return 1.0;
    }
}
