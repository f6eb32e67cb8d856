package hdae.symbolic.bound;

import static hdae.symbolic.bound.Direction.EQUALITY;
import static hdae.symbolic.bound.Direction.LIMIT;
import static hdae.symbolic.bound.Direction.UPPER;
import static hdae.symbolic.bound.Provenance.BACKGROUND;

import hdae.symbolic.formula.FormulaParser;
import java.util.List;

/**
 * BACKGROUND facts of high-dimensional geometry (research digest, section 6): concentration of the
 * cube and the ball near their surfaces, the volume of the unit ball, mean squared distances, and
 * the near-orthogonality of random directions.
 */
final class Background {
    private static final String BHK = "A. Blum, J. Hopcroft, R. Kannan, Foundations of Data Science, Cambridge University Press (2020)";
    private static final String DLMF = "NIST Digital Library of Mathematical Functions";
    private static final String VERSHYNIN = "R. Vershynin, High-Dimensional Probability, Cambridge University Press (2018)";

    private Background() {
    }

    static List<Bound> bounds() {
        var cubeShell = FormulaParser.parse("1 - (1 - 2*eps)^n");
        var ballShell = FormulaParser.parse("1 - (1 - eps)^n");
        var ballVolume = FormulaParser.parse("Pi^(n/2)/Gamma(n/2 + 1)");
        return List.of(
                entry("cube-shell-fraction-eq", "cube-shell")
                        .statement("The points of the unit cube within eps of its boundary (in the max-norm) fill a fraction 1-(1-2 eps)^n of its volume.")
                        .quantity("cube-shell-fraction", "vol{x in [0,1]^n : min_i min(x_i, 1-x_i) <= eps}")
                        .closedForm(EQUALITY, cubeShell)
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .param("eps", Domain.open(0, 0.5), "width of the shell")
                        .source(BHK, "ch. 2; research digest section 6.1").build(),
                entry("cube-shell-fraction-tendsto-one", "cube-shell")
                        .statement("For every fixed eps in (0, 1/2), almost all of the volume of the cube lies within eps of its boundary as n grows.")
                        .quantity("cube-shell-fraction", "vol{x in [0,1]^n : min_i min(x_i, 1-x_i) <= eps}")
                        .closedForm(LIMIT, "1").term("CubeShellFraction(n, eps)").limit("n")
                        .param("eps", Domain.open(0, 0.5), "width of the shell")
                        .source(BHK, "ch. 2; research digest section 6.1").build(),
                entry("ball-shell-fraction-eq", "ball-shell")
                        .statement("The points of the unit ball within eps of its surface fill a fraction 1-(1-eps)^n of its volume.")
                        .quantity("ball-shell-fraction", "vol{x : 1-eps <= |x|_2 <= 1} / vol{x : |x|_2 <= 1}")
                        .closedForm(EQUALITY, ballShell)
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .param("eps", Domain.open(0, 1), "relative width of the shell")
                        .source(BHK, "ch. 2; research digest section 6.5").build(),
                entry("ball-shell-fraction-tendsto-one", "ball-shell")
                        .statement("For every fixed eps in (0, 1), almost all of the volume of the unit ball lies within eps of its surface as n grows.")
                        .quantity("ball-shell-fraction", "vol{x : 1-eps <= |x|_2 <= 1} / vol{x : |x|_2 <= 1}")
                        .closedForm(LIMIT, "1").term("BallShellFraction(n, eps)").limit("n")
                        .param("eps", Domain.open(0, 1), "relative width of the shell")
                        .source(BHK, "ch. 2; research digest section 6.5").build(),
                entry("unit-ball-volume-eq", "ball-volume")
                        .statement("The unit ball of R^n has volume pi^(n/2)/Gamma(n/2+1).")
                        .quantity("unit-ball-volume", "vol{x in R^n : |x|_2 <= 1}")
                        .closedForm(EQUALITY, ballVolume)
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .source(DLMF, "section 5.19(iii)").build(),
                entry("unit-ball-volume-le-value-at-five", "ball-volume")
                        .statement("Over the integers n >= 1 the volume of the unit ball is largest at n = 5, where it is 8 pi^2/15 (about 5.2638).")
                        .quantity("unit-ball-volume", "vol{x in R^n : |x|_2 <= 1}")
                        .closedForm(UPPER, "8*Pi^2/15")
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .source(BHK, "ch. 2; research digest section 6.4").build(),
                entry("unit-ball-volume-tendsto-zero", "ball-volume")
                        .statement("The volume of the unit ball tends to 0 as the dimension grows.")
                        .quantity("unit-ball-volume", "vol{x in R^n : |x|_2 <= 1}")
                        .closedForm(LIMIT, "0").limit("n")
                        .source(BHK, "ch. 2; research digest section 6.4").build(),
                entry("ball-cube-volume-ratio-eq", "ball-volume")
                        .statement("The ball inscribed in the unit cube (radius 1/2) holds a fraction pi^(n/2)/(2^n Gamma(n/2+1)) of its volume (about 0.00249 at n = 10).")
                        .quantity("ball-cube-volume-ratio", "vol{x : |x - c|_2 <= 1/2} / vol [0,1]^n, c the centre")
                        .closedForm(EQUALITY, "Pi^(n/2)/(2^n*Gamma(n/2 + 1))")
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .source(BHK, "ch. 2; research digest section 6.4").build(),
                entry("cube-pair-sq-dist-mean-eq", "cube-distances")
                        .statement("Two independent uniform points x, y of the unit cube have E|x - y|_2^2 = n/6.")
                        .quantity("cube-pair-sq-dist-mean", "E |x - y|_2^2 for independent uniform x, y in [0,1]^n")
                        .closedForm(EQUALITY, "n/6")
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .source("research digest", "section 6.3").build(),
                entry("cube-centre-sq-dist-mean-eq", "cube-distances")
                        .statement("A uniform point x of the unit cube has E|x - c|_2^2 = n/12 to the centre c.")
                        .quantity("cube-centre-sq-dist-mean", "E |x - c|_2^2 for uniform x in [0,1]^n, c = (1/2, ..., 1/2)")
                        .closedForm(EQUALITY, "n/12")
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .source("research digest", "section 6.3").build(),
                entry("sphere-dot-mean-eq-zero", "sphere-dot")
                        .statement("Independent uniform unit vectors u, v of R^n have E[u.v] = 0.")
                        .quantity("sphere-dot-mean", "E[u.v] for independent uniform unit vectors u, v in R^n")
                        .closedForm(EQUALITY, "0")
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .source(VERSHYNIN, "ch. 3; research digest section 6.6").build(),
                entry("sphere-dot-var-eq-inv-n", "sphere-dot")
                        .statement("Independent uniform unit vectors u, v of R^n have Var(u.v) = 1/n: random directions are nearly orthogonal.")
                        .quantity("sphere-dot-var", "Var(u.v) for independent uniform unit vectors u, v in R^n")
                        .closedForm(EQUALITY, "1/n")
                        .param("n", Domain.integersAtLeast(1), "dimension")
                        .source(VERSHYNIN, "ch. 3; research digest section 6.6").build());
    }

    private static BoundCatalogue.Entry entry(String id, String derivation) {
        return new BoundCatalogue.Entry(id).provenance(BACKGROUND).derivation(derivation);
    }
}
