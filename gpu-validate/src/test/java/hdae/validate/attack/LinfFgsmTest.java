package hdae.validate.attack;

/** FGSM under the fixed-budget contract. */
class LinfFgsmTest extends FixedBudgetAttackContractTest {

    @Override
    FixedBudgetAttack attack() {
        return LinfFgsm.of();
    }

    @Override
    double[] radii() {
        // 0, then 0.05 and 0.1 (typical MNIST budgets), then 0.5: a step of half the pixel range, far beyond
        // the 7x7 model's typical Linf distance (DeepFool-Linf finds about 0.05-0.1)
        return new double[] {0, 0.05, 0.1, 0.5};
    }
}
