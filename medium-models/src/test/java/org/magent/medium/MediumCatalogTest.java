package org.magent.medium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.magent.medium.ferromagnet.FerromagnetModel;
import org.magent.medium.lattice.LatticeFerromagnetModel;
import org.magent.validation.InvalidInputException;

/** The registry without any wiring framework: lookup by name, ServiceLoader discovery of a plugin's model. */
class MediumCatalogTest {

    private static MediumCatalog catalog(MediumModel... models) {
        Map<String, MediumModel> byName = new LinkedHashMap<>();
        for (MediumModel m : models) {
            byName.put(m.name(), m);
        }
        return new MediumCatalog(byName);
    }

    @Test
    void mediaAreLookedUpByNameAndListedSorted() {
        MediumCatalog catalog = catalog(new LatticeFerromagnetModel(), new TestMedium(), new FerromagnetModel());
        assertEquals(List.of(FerromagnetModel.NAME, LatticeFerromagnetModel.NAME, TestMedium.NAME),
                catalog.all().stream().map(MediumModel::name).toList());
        assertEquals(LatticeFerromagnetModel.NAME, catalog.get(" lattice-ferromagnet ").name());
    }

    /**
     * The plugin contract: a public MediumModel with a public no-argument constructor, listed in
     * META-INF/services/org.magent.medium.MediumModel. The built-in media are in no service file (the app
     * registers them), so discovery on this class path finds the test medium alone.
     */
    @Test
    void aModelListedInTheServiceFileIsDiscovered() {
        List<MediumModel> found = ServiceLoader.load(MediumModel.class, getClass().getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0) instanceof TestMedium);
        Medium medium = catalog(found.get(0)).get(TestMedium.NAME).configure(Map.of("strength", "2.5"));
        assertEquals(5.0, -2 * medium.transverse(1, List.of(Separation.alongX(1))).get(0).g11().getImaginary());
    }

    @Test
    void unknownMediumIsRejectedListingTheValidNames() {
        MediumCatalog catalog = catalog(new FerromagnetModel(), new LatticeFerromagnetModel());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> catalog.get("antiferromagnet"));
        assertEquals("medium", e.parameter());
        assertTrue(e.getMessage().contains("antiferromagnet")
                && e.getMessage().contains("valid media: ferromagnet, lattice-ferromagnet"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> catalog.get(null));
    }

    @Test
    void aModelRegisteredUnderAnotherNameIsRefused() {
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> new MediumCatalog(Map.of("magnet", new TestMedium())));
        assertTrue(e.getMessage().contains("'magnet'") && e.getMessage().contains("'test-medium'"),
                e.getMessage());
    }
}
