package hdae.validate.attack;

/** PGD-Linf under the fixed-budget contract. */
class LinfPgdTest extends FixedBudgetAttackContractTest {

    @Override
    FixedBudgetAttack attack() {
        // 20 steps of 2.5 eps / 20 (Madry et al.'s rule), random start on: quick and strong enough here
        return LinfPgd.of().withSteps(20).withRelativeStep(0.125).withSeed(3L);
    }

    @Override
    double[] radii() {
        // as for FGSM: 0, two typical budgets, and 0.3 (the classic MNIST Linf budget, large at 7x7)
        return new double[] {0, 0.05, 0.1, 0.3};
    }
}
