package org.magent.app.media;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help texts of the options that several commands share, so that {@code sweep}, {@code params},
 * {@code evolve} and {@code stability} describe them in the same words.
 */
public final class OptionTexts {

    /** {@code --medium}. */
    public static final String MEDIUM = "A registered medium (see 'magent models').";
    /** {@code --set}. */
    public static final String SET = "Medium parameters; missing ones take their defaults. Values may carry units"
            + " (gap=20mT, gap=0.1meV, stiffness=\"5.3meV nm^2\", spinDensity=2nm^-3);"
            + " exchangeConstant=3.7pJ/m,magnetisation=140kA/m[,gFactor=2] may replace stiffness and spinDensity.";
    /** The parameter label of {@code --qubits}. */
    public static final String QUBITS_LABEL = "Delta1=..,Delta2=..[,lambda=..|a=..|T1=..]";
    /** {@code --qubits}. */
    public static final String QUBITS = "Qubit splittings Delta1, Delta2 (energy: 0.5, 2.87GHz, 12ueV, 20mT) and"
            + " the coupling: lambda (default 1; with a unit (rad/s)·m^(d/2), e.g. \"1meV nm^3/2\"), or the local"
            + " relaxation rate it gives at T = 0, a=1e4/s, or T1=50us (T1 = 1/(2a)), from which lambda is chosen.";
    /** {@code --temperature}. */
    public static final String TEMPERATURE = "Temperature T (energy, or with a unit: 300mK, 4K); default 0.";
    /** {@code --separation} of the single-point commands. */
    public static final String SEPARATION = "Separation of qubit 2 from qubit 1: a length along x, or x,y,z"
            + " (length, or with a unit: 50nm; lattices: lattice constants, bare).";
    /** {@code --output}. */
    public static final String OUTPUT = "Write to FILE (atomically) instead of standard output.";
    /** The units paragraph of the help footers (added to each command that reads quantities). */
    public static final List<String> UNITS_FOOTER = List.of(
        "Units: a bare number is in natural units (any consistent choice, e.g. Delta = 1);",
        "a number with a unit (2.87GHz, 0.1meV, 300mK, 20mT, 50nm, 2us, 1e4/s) is converted",
        "to SI-based natural units (rad/s, m, s). Give every dimensional input a unit, or",
        "none: a mix is refused (exit 2). Dimensionless inputs (damping, dim, gFactor, spin)",
        "never take one.");

    /**
     * Puts the units paragraph into a command's help footer, before its "Exit status" paragraph.
     *
     * @param usage the command's usage message
     */
    public static void addUnitsParagraph(UsageMessageSpec usage) {
        List<String> footer = new ArrayList<>(List.of(usage.footer()));
        int at = footer.size();
        for (int k = 0; k < footer.size(); k++) {
            if (footer.get(k).startsWith("Exit status")) {
                at = k;
                break;
            }
        }
        List<String> block = new ArrayList<>(UNITS_FOOTER);
        block.add("");
        if (at == footer.size()) {
            block.add(0, "");
        }
        footer.addAll(at, block);
        usage.footer(footer.toArray(String[]::new));
    }

    private OptionTexts() {
    }
}
