package org.magent.medium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.magent.medium.ferromagnet.FerromagnetModel;
import org.magent.medium.lattice.LatticeFerromagnetModel;
import org.magent.validation.InvalidInputException;
import org.magent.medium.builtin.MediaModules;

/** The registry: Guice map binding, ServiceLoader discovery, lookup by name. */
class MediumCatalogTest {

    private static MediumCatalog catalog(List<? extends Module> modules) {
        return Guice.createInjector(modules).getInstance(MediumCatalog.class);
    }

    @Test
    void builtInMediaAreRegisteredByName() {
        MediumCatalog catalog = catalog(MediaModules.builtIn());
        assertEquals(List.of("chiral-ferromagnet", "dispersion", FerromagnetModel.NAME, "film",
                LatticeFerromagnetModel.NAME, "tabulated"),
                catalog.all().stream().map(MediumModel::name).toList());
        assertEquals(FerromagnetModel.NAME, catalog.get("ferromagnet").name());
        assertEquals(LatticeFerromagnetModel.NAME, catalog.get("lattice-ferromagnet").name());
    }

    @Test
    void pluginsOnTheClassPathAreDiscoveredAndJoinTheBuiltIns() {
        List<MediumPlugin> plugins = MediaModules.discovered(getClass().getClassLoader());
        assertEquals(1, plugins.size());
        assertTrue(plugins.get(0) instanceof TestPlugin);
        List<Module> modules = new ArrayList<>(MediaModules.builtIn());
        modules.addAll(plugins);
        MediumCatalog catalog = catalog(modules);
        assertEquals(List.of("chiral-ferromagnet", "dispersion", "ferromagnet", "film", "lattice-ferromagnet", "tabulated",
                "test-medium"),
                catalog.all().stream().map(MediumModel::name).toList());
        Medium medium = catalog.get("test-medium").configure(Map.of("strength", "2.5"));
        assertEquals(5.0, -2 * medium.transverse(1, List.of(Separation.alongX(1))).get(0).g11().getImaginary());
    }

    @Test
    void unknownMediumIsRejectedListingTheValidNames() {
        MediumCatalog catalog = catalog(MediaModules.builtIn());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> catalog.get("antiferromagnet"));
        assertEquals("medium", e.parameter());
        assertTrue(e.getMessage().contains("antiferromagnet")
                && e.getMessage().contains("ferromagnet, film, lattice-ferromagnet"), e.getMessage());
    }

    @Test
    void aModelRegisteredUnderAnotherNameIsRefused() {
        Module wrong = new AbstractModule() {
            @Override
            protected void configure() {
                com.google.inject.multibindings.MapBinder.newMapBinder(binder(), String.class, MediumModel.class)
                        .addBinding("magnet").to(TestPlugin.Model.class);
            }
        };
        Exception e = assertThrows(Exception.class, () -> catalog(List.of(wrong)));
        assertTrue(e.getMessage().contains("'magnet'") && e.getMessage().contains("'test-medium'"),
                e.getMessage());
    }

    @Test
    void registeringTwoMediaUnderOneNameFailsAtWiring() {
        Module clash = new AbstractModule() {
            @Override
            protected void configure() {
                com.google.inject.multibindings.MapBinder.newMapBinder(binder(), String.class, MediumModel.class)
                        .addBinding(FerromagnetModel.NAME).toInstance(new TestPlugin.Model());
            }
        };
        List<Module> modules = new ArrayList<>(MediaModules.builtIn());
        modules.add(clash);
        Exception e = assertThrows(Exception.class, () -> catalog(modules));
        assertTrue(e.getMessage().contains("ferromagnet"), e.getMessage());
    }
}
