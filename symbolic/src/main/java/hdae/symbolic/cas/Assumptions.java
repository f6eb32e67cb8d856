package hdae.symbolic.cas;

import hdae.symbolic.formula.Relation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the CAS may assume about the variables: relations such as {@code eps > 0} and the set of
 * integer-valued variables. Always explicit; the facade never assumes anything else.
 */
public record Assumptions(List<Relation> conditions, Set<String> integers) {
    public static final Assumptions NONE = new Assumptions(List.of(), Set.of());

    public Assumptions {
        conditions = List.copyOf(conditions);
        integers = Set.copyOf(new TreeSet<>(integers));
    }

    public boolean isEmpty() {
        return conditions.isEmpty() && integers.isEmpty();
    }
}
