package org.magent.app.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario of {@code magent sweep} without arguments: two NV centres above a YIG film, coupled by the film's
 * stray field (no free coupling), against their in-plane separation along x (the field's in-plane projection) and y
 * (the Damon–Eshbach direction), at four temperatures. Every number of the example is one of the constants below,
 * as the user would type it; {@link #spec} assembles them and nothing else defines the example.
 *
 * <ul>
 *   <li>Film: YIG, t = 20 nm, M_s = 142 kA/m, A_ex = 3.7 pJ/m, Gilbert α = 1e-4 (M_s and α held fixed at every
 *       temperature).</li>
 *   <li>Bias field 20 mT at 54.7° from the film normal.</li>
 *   <li>Two identical NVs at 100 nm, axis at the tetrahedral angle 54.7356° from the normal in the plane of the
 *       field (azimuth 0), transition m_s = 0 ↔ −1, intrinsic T1 = 1 s and T2 = 1.8 ms.</li>
 *   <li>Separations 10 nm – 10 µm, 40 points, log spacing, along x and y; temperature 50 mK, 1 K, 4 K, 300 K.</li>
 *   <li>Initial state |↑↓⟩; concurrence sampled at 100 µs and 1 ms; postselection at 100 µs.</li>
 * </ul>
 */
public final class BuiltInExample {

    /** The medium. */
    public static final String MEDIUM = "film";
    /** Film thickness t. */
    public static final String THICKNESS = "20nm";
    /** Saturation magnetisation M_s (held fixed at every temperature). */
    public static final String MAGNETISATION = "142kA/m";
    /** Exchange constant A_ex. */
    public static final String EXCHANGE_CONSTANT = "3.7pJ/m";
    /** Gilbert damping α (held fixed at every temperature). */
    public static final String DAMPING = "1e-4";
    /** Bias field B. */
    public static final String FIELD = "20mT";
    /** Polar angle of the bias field from the film normal. */
    public static final String FIELD_POLAR = "54.7deg";
    /** The NV centre (both NVs alike): axis, height, transition, intrinsic T1 and T2. */
    public static final String NV = "polar=54.7356deg,azimuth=0deg,height=100nm,transition=-1,t1=1s,t2=1.8ms";
    /** The separations. */
    public static final String SEPARATION = "10nm:10um:40";
    /** The spacing of the separations. */
    public static final String SPACING = "log";
    /** The in-plane directions of the separation. */
    public static final String DIRECTION = "x,y";
    /** The second axis. */
    public static final String AXIS2 = "temperature=50mK,1K,4K,300K";
    /** The initial state. */
    public static final String INITIAL = "ud";
    /** The times at which the concurrence is reported. */
    public static final String TIMES = "100us,1ms";
    /** The time of the postselected columns. */
    public static final String POSTSELECT_TIME = "100us";

    private BuiltInExample() {
    }

    /**
     * The scenario as the user would type it (the content of its {@code scenario.json}).
     *
     * @return the built-in sweep
     */
    public static ScenarioSpec spec() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("thickness", THICKNESS);
        p.put("magnetisation", MAGNETISATION);
        p.put("exchangeConstant", EXCHANGE_CONSTANT);
        p.put("damping", DAMPING);
        ScenarioSpec.NvTexts nv = new ScenarioSpec.NvTexts(List.of(NV), FIELD, FIELD_POLAR, DIRECTION, null, null,
                null);
        return new ScenarioSpec(MEDIUM, p, Map.of(), null, SEPARATION, SPACING, AXIS2, INITIAL, TIMES,
                POSTSELECT_TIME, null, nv);
    }
}
