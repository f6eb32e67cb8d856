package hdae.validate.attack;

/** PGD-L2 under the fixed-budget contract. */
class L2PgdTest extends FixedBudgetAttackContractTest {

    @Override
    FixedBudgetAttack attack() {
        return L2Pgd.of().withSteps(20).withRelativeStep(0.125).withSeed(4L);
    }

    @Override
    double[] radii() {
        // 0, then 0.25 and 0.5 (around the 7x7 model's typical L2 distance, which DeepFool puts near 0.3-0.6),
        // then 3 (almost half the box diameter 7)
        return new double[] {0, 0.25, 0.5, 3};
    }
}
