package org.magent.app.nv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.magent.app.input.KeyValues;
import org.magent.app.media.ConfiguredMedium;
import org.magent.medium.FieldMedium;
import org.magent.medium.MediumCatalog;
import org.magent.medium.film.BiasField;
import org.magent.medium.film.FilmMedium;
import org.magent.nv.NvAxis;
import org.magent.nv.NvCentre;
import org.magent.nv.NvQubit;
import org.magent.validation.InvalidInputException;

/**
 * A field medium (the film) in a bias field with one or two NV centres above it: the configured medium and the NV
 * qubits in the film frame (ẑ the film normal towards the NVs, x̂ the in-plane projection of the field; for a field
 * along the normal, x̂ is NV 1's azimuth).
 *
 * @param medium the configured field medium
 * @param field the bias field
 * @param nv1 NV 1 (at the origin), azimuth in the film frame
 * @param nv2 NV 2 (at the separation), azimuth in the film frame; equal to nv1 when one {@code --nv} was given
 * @param parameters the medium parameters as given, for echoing
 */
public record FilmSetup(FieldMedium medium, BiasField field, NvCentre nv1, NvCentre nv2,
        Map<String, String> parameters) {

    /** Validates presence. */
    public FilmSetup {
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(nv1, "nv1");
        Objects.requireNonNull(nv2, "nv2");
        // in a fixed order (Map.copyOf's changes from run to run, and the echo and JSON with it)
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Configures the medium and places the NVs.
     *
     * @param catalog the media
     * @param mediumName {@code --medium}
     * @param set {@code --set}
     * @param field the bias field
     * @param nvs one or two NV centres, azimuths as given (relative to the field's in-plane projection)
     * @return the setup
     * @throws InvalidInputException when the medium is not a field medium, or for a bad parameter
     */
    public static FilmSetup of(MediumCatalog catalog, String mediumName, String set, BiasField field,
            List<NvCentre> nvs) {
        return of(catalog, mediumName, KeyValues.parse("--set", set, null), field, nvs);
    }

    /**
     * Configures the medium and places the NVs.
     *
     * @param catalog the media
     * @param mediumName {@code --medium}
     * @param parameters the medium parameters, name to text ({@code --set}); not the field, which is given apart
     * @param field the bias field
     * @param nvs one or two NV centres, azimuths as given (relative to the field's in-plane projection)
     * @return the setup
     * @throws InvalidInputException when the medium is not a field medium, the parameters hold the field, or for a
     *     bad parameter
     */
    public static FilmSetup of(MediumCatalog catalog, String mediumName, Map<String, String> parameters,
            BiasField field, List<NvCentre> nvs) {
        if (nvs.isEmpty() || nvs.size() > 2) {
            throw new InvalidInputException("nv", "give --nv once (two identical NVs) or twice (NV 1, NV 2); got "
                    + nvs.size());
        }
        Map<String, String> all = new LinkedHashMap<>(parameters);
        for (String own : List.of("field", "fieldPolar")) {
            if (all.containsKey(own)) {
                throw new InvalidInputException(own, "--set " + own + "=" + all.get(own).strip() + ": with NV centres"
                        + " the bias field is --field and --field-polar (it sets the NV frequencies too)");
            }
        }
        if (mediumName != null && catalog.get(mediumName.strip()).parameters().stream()
                .noneMatch(p -> p.name().equals("field"))) {
            throw new InvalidInputException("nv", "--nv needs a medium that couples through its stray field (film); "
                    + mediumName.strip() + " couples by contact: use --qubits");
        }
        all.put("field", String.format(Locale.ROOT, "%.17gT", field.magnitude()));
        all.put("fieldPolar", String.format(Locale.ROOT, "%.17grad", field.polar()));
        ConfiguredMedium configured = ConfiguredMedium.of(catalog, mediumName, all);
        if (!(configured.medium() instanceof FieldMedium fm)) {
            throw new InvalidInputException("nv", "--nv needs a medium that couples through its stray field (film);"
                    + " " + configured.medium().name() + " couples by contact: use --qubits");
        }
        NvCentre first = nvs.get(0);
        NvCentre second = nvs.size() == 2 ? nvs.get(1) : first;
        if (field.polar() == 0 || field.polar() == Math.PI) {
            // a field along the normal: x is NV 1's azimuth
            double shift = first.axis().azimuth();
            first = rotate(first, shift);
            second = rotate(second, shift);
        }
        Map<String, String> given = new TreeMap<>(configured.medium().parameterValues());
        return new FilmSetup(fm, field, first, second, given);
    }

    private static NvCentre rotate(NvCentre nv, double shift) {
        return new NvCentre(new NvAxis(nv.axis().polar(), nv.axis().azimuth() - shift), nv.transition(), nv.height(),
                nv.t1(), nv.t2());
    }

    /**
     * Whether the two NVs are the same (same axis, transition, height, intrinsic times).
     *
     * @return true for identical NVs
     */
    public boolean identical() {
        return nv1.equals(nv2);
    }

    /**
     * The qubit of NV 1 in the bias field.
     *
     * @return the qubit
     */
    public NvQubit qubit1() {
        return NvQubit.in(nv1, field.vector(), direction());
    }

    /**
     * The qubit of NV 2 in the bias field.
     *
     * @return the qubit
     */
    public NvQubit qubit2() {
        return NvQubit.in(nv2, field.vector(), direction());
    }

    private double[] direction() {
        return new double[] {Math.sin(field.polar()), 0, Math.cos(field.polar())};
    }

    /**
     * The film's band description when the medium is the built-in film.
     *
     * @return notes, possibly empty
     */
    public List<String> bandNotes() {
        List<String> out = new ArrayList<>();
        if (medium instanceof FilmMedium film) {
            out.add(film.band().describe());
        }
        return out;
    }
}
