package org.magent.medium.tabulated;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magent.medium.Medium;
import org.magent.medium.MediumModel;
import org.magent.medium.ParameterSpec;
import org.magent.medium.ParameterValues;
import org.magent.validation.InvalidInputException;

/**
 * The medium "tabulated": a measured or simulated spectral matrix read from a CSV file ({@link SpectrumCsv}),
 * completed into G^R by Kramers–Kronig ({@link TabulatedMedium}). Parameters: file (required), dim, rInterpolation.
 */
public final class TabulatedModel implements MediumModel {

    /** The registered name. */
    public static final String NAME = "tabulated";
    /** The parameter that names the CSV file. */
    public static final String FILE = "file";

    /** The file parameter, listed for {@code magent models}; it is read here, not by {@link ParameterValues}. */
    private static final ParameterSpec FILE_SPEC = new ParameterSpec(FILE, "path", "(required)", Double.NaN,
            Double.NaN, List.of("PATH.csv"), "CSV with columns omega,r,A11,A12_re[,A12_im] (natural units)");
    private static final List<ParameterSpec> NUMERIC_AND_CHOICES = List.of(
            ParameterSpec.dimension("spatial dimension d of the medium the table describes"),
            ParameterSpec.choice("rInterpolation", "cubic", List.of("cubic", "linear"),
                    "interpolation in r between the tabulated separations (natural cubic spline or linear)"));

    /** Creates the model. */
    public TabulatedModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "measured or simulated spectrum A11(omega), A12(omega; r) from a CSV file, real parts by "
                + "Kramers-Kronig";
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> all = new java.util.ArrayList<>();
        all.add(FILE_SPEC);
        all.addAll(NUMERIC_AND_CHOICES);
        return List.copyOf(all);
    }

    @Override
    public Medium configure(Map<String, String> values) {
        Map<String, String> rest = new LinkedHashMap<>(values);
        String file = rest.remove(FILE);
        if (file == null || file.isBlank()) {
            throw new InvalidInputException(FILE, "medium tabulated needs file=PATH.csv (the tabulated spectrum; "
                    + "see 'magent models')");
        }
        ParameterValues p = ParameterValues.resolve(NAME, parameters(), withFilePlaceholder(rest));
        Path path = Path.of(file.strip());
        SpectrumTable table = SpectrumCsv.read(path);
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put(FILE, file.strip());
        p.asMap().forEach((k, v) -> {
            if (!k.equals(FILE)) {
                shown.put(k, v);
            }
        });
        return new TabulatedMedium(NAME, path.toString(), shown, (int) p.number("dim"),
                p.choice("rInterpolation").equals("cubic"), table);
    }

    /** The file is checked by reading it; for the other parameters it stands in as its listed placeholder. */
    private static Map<String, String> withFilePlaceholder(Map<String, String> rest) {
        Map<String, String> out = new LinkedHashMap<>(rest);
        out.put(FILE, FILE_SPEC.choices().get(0));
        return out;
    }
}
