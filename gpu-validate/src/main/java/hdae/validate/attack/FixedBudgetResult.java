package hdae.validate.attack;

import hdae.validate.norm.Budget;

import java.util.List;

/**
 * The outcome of a {@link FixedBudgetAttack} over a list of budgets: one {@link AttackResult} per budget, in
 * the same order. Robust accuracy at a budget is the fraction of inputs where the attack failed.
 *
 * @param budgets the budgets, in the order given
 * @param results one result per budget
 */
public record FixedBudgetResult(List<Budget> budgets, List<AttackResult> results) {

    /** Freezes the lists. */
    public FixedBudgetResult {
        budgets = List.copyOf(budgets);
        results = List.copyOf(results);
    }

    /**
     * The result at one budget.
     *
     * @param index position of the budget in {@link #budgets()}
     * @return its result
     */
    public AttackResult at(int index) {
        return results.get(index);
    }

    /**
     * The fraction of inputs still classified correctly under the attack at one budget.
     *
     * @param index position of the budget
     * @return 1 minus the success rate
     */
    public double robustAccuracy(int index) {
        return 1 - results.get(index).successRate();
    }
}
