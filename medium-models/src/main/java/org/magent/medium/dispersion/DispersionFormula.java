package org.magent.medium.dispersion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;
import org.magent.validation.InvalidInputException;

/**
 * A magnon band ω_k written as a formula in the wave-vector components kx, ky, kz and named parameters, e.g.
 * {@code gap + stiffness*(kx^2+ky^2) + v*kx} (exp4j syntax: + − * / ^, parentheses, sin, cos, exp, sqrt, abs …,
 * constants pi and e). The formula is parsed and checked once; {@link #evaluator()} hands out evaluators, each
 * with its own exp4j {@link Expression}, because an Expression is not thread-safe.
 *
 * <p>Every error — a syntax error, a variable that is neither kx, ky, kz nor a given parameter, a parameter name
 * that cannot be a variable, a value of ω_k that is NaN or infinite — is an {@link InvalidInputException} naming
 * "omega" (or the parameter) and quoting the formula.
 */
public final class DispersionFormula {

    /** The reserved parameter name of the formula itself. */
    public static final String PARAMETER = "omega";

    /** The variables that stand for the wave vector (1/medium length unit, or 1/lattice constant). */
    public static final List<String> WAVE_VECTOR = List.of("kx", "ky", "kz");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> CONSTANTS = Set.of("pi", "e", "π", "φ");

    private final String text;
    private final Map<String, Double> parameters;
    private final Expression prototype;

    /**
     * Parses and checks a formula.
     *
     * @param text the formula ω(kx, ky, kz) (natural units, energy)
     * @param parameters the named parameters it may use, name to value (natural units)
     * @throws InvalidInputException naming "omega" for a blank or malformed formula or an unknown variable, or
     *     naming the parameter for a name that cannot be a formula variable or a non-finite value
     */
    public DispersionFormula(String text, Map<String, Double> parameters) {
        this.text = text == null ? "" : text.strip();
        if (this.text.isEmpty()) {
            throw error("is empty; give the band as a formula in kx, ky, kz, e.g. omega=gap+stiffness*kx^2");
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            checkName(name);
            if (value == null || !Double.isFinite(value)) {
                throw new InvalidInputException(name, "formula parameter " + name + " = " + value
                        + " (natural units) is not a finite number");
            }
            copy.put(name, value);
        });
        this.parameters = Collections.unmodifiableMap(copy);
        Set<String> variables = new LinkedHashSet<>(WAVE_VECTOR);
        variables.addAll(copy.keySet());
        Expression built;
        try {
            built = new ExpressionBuilder(this.text).variables(variables).build();
        } catch (RuntimeException e) {
            throw error("cannot be parsed: " + e.getMessage() + "; known variables: " + String.join(", ", variables));
        }
        built.setVariables(copy);
        for (String k : WAVE_VECTOR) {
            built.setVariable(k, 0);
        }
        ValidationResult check;
        try {
            check = built.validate(true);
        } catch (RuntimeException e) {
            throw error("is malformed: " + e.getMessage());
        }
        if (!check.isValid()) {
            throw error("is malformed: " + String.join("; ", check.getErrors()));
        }
        this.prototype = built;
        evaluator().omega(0, 0, 0); // syntax errors that exp4j finds only on evaluation
    }

    private static void checkName(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches() || CONSTANTS.contains(name)
                || WAVE_VECTOR.contains(name)) {
            throw new InvalidInputException(String.valueOf(name), "formula parameter name '" + name
                    + "' cannot be a variable of the omega formula: use letters, digits and _ (not starting with a"
                    + " digit), not kx, ky, kz (the wave vector) nor the constants pi, e");
        }
    }

    private InvalidInputException error(String what) {
        return new InvalidInputException(PARAMETER, "omega = " + text + " (formula, natural units, energy) " + what);
    }

    /**
     * The formula as given (trimmed).
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The named parameters, in the order given.
     *
     * @return name to value (natural units)
     */
    public Map<String, Double> parameters() {
        return parameters;
    }

    /**
     * A new evaluator with its own exp4j expression; use one per thread (or per call).
     *
     * @return the evaluator
     */
    public Evaluator evaluator() {
        return new Evaluator(new Expression(prototype));
    }

    /** Evaluates ω_k; not thread-safe (one exp4j {@link Expression}). */
    public final class Evaluator {

        private final Expression expression;

        private Evaluator(Expression expression) {
            this.expression = Objects.requireNonNull(expression);
        }

        /**
         * ω_k, required to be finite.
         *
         * @param kx wave-vector component x (1/medium length unit)
         * @param ky wave-vector component y (1/medium length unit)
         * @param kz wave-vector component z (1/medium length unit)
         * @return ω_k (natural units, energy)
         * @throws InvalidInputException naming "omega", the formula and k when the value is NaN or infinite
         */
        public double omega(double kx, double ky, double kz) {
            double value = raw(kx, ky, kz);
            if (!Double.isFinite(value)) {
                throw notFinite(value, kx, ky, kz);
            }
            return value;
        }

        /**
         * ω_k where +∞ (a band that rises beyond the range of doubles, e.g. far out in a stability scan) is
         * allowed; NaN and −∞ are not.
         *
         * @param kx wave-vector component x (1/medium length unit)
         * @param ky wave-vector component y (1/medium length unit)
         * @param kz wave-vector component z (1/medium length unit)
         * @return ω_k or +∞ (natural units, energy)
         * @throws InvalidInputException naming "omega", the formula and k when the value is NaN or −∞
         */
        public double omegaOrOverflow(double kx, double ky, double kz) {
            double value = raw(kx, ky, kz);
            if (Double.isNaN(value) || value == Double.NEGATIVE_INFINITY) {
                throw notFinite(value, kx, ky, kz);
            }
            return value;
        }

        private double raw(double kx, double ky, double kz) {
            expression.setVariable("kx", kx).setVariable("ky", ky).setVariable("kz", kz);
            try {
                return expression.evaluate();
            } catch (RuntimeException e) {
                throw error(String.format(Locale.ROOT, "cannot be evaluated at k = (%s, %s, %s): %s", kx, ky, kz,
                        e.getMessage()));
            }
        }

        private InvalidInputException notFinite(double value, double kx, double ky, double kz) {
            return error(String.format(Locale.ROOT, "gives omega_k = %s at k = (%s, %s, %s) (1/medium length unit)"
                    + " with parameters %s: the band must be finite everywhere", value, kx, ky, kz, parameters));
        }
    }
}
