package org.magent.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * docs/architecture.md: the module graph follows the data, app → qubit-dynamics → master-equation ← medium-models
 * ← app, with no cycle, both in the module POMs and in the compiled classes. The Lindblad engine (qubit-dynamics)
 * and the master-equation record carry no media baggage: their classes reference nothing but the JDK, Commons
 * Math and each other, and their POMs declare nothing else, so JTransforms, Guice, exp4j and Jackson stay off
 * their class path. Guice lives in app alone. A class's module is read from where it was loaded
 * ({@code <module>/target/…}), so a new package cannot slip past the rules.
 */
class ModuleDependenciesTest {

    private static final String MASTER_EQUATION = "master-equation";
    private static final String MEDIUM_MODELS = "medium-models";
    private static final String QUBIT_DYNAMICS = "qubit-dynamics";
    private static final String APP = "app";
    /** Libraries the media use and the Lindblad engine must not see. */
    private static final String[] MEDIA_BAGGAGE = {"org.jtransforms..", "pl.edu.icm..", "com.google.inject..",
        "jakarta.inject..", "net.objecthunter..", "com.fasterxml.jackson.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.magent");
    }

    /**
     * The module a class (or an array of it) was loaded from: the directory before {@code /target/} (reactor
     * builds), or the artifact name of a jar from a Maven repository.
     */
    static String module(JavaClass type) {
        // an array (DensityMatrix[]) belongs where its element type does
        JavaClass c = type.isArray() ? type.getBaseComponentType() : type;
        String uri = c.getSource().map(s -> s.getUri().toString()).orElse("");
        Matcher target = Pattern.compile("/([^/]+)/target/").matcher(uri);
        if (target.find()) {
            return target.group(1);
        }
        Matcher jar = Pattern.compile("/([^/]+)-\\d[^/]*\\.jar!").matcher(uri);
        return jar.find() ? jar.group(1) : "unknown (" + uri + ")";
    }

    private static DescribedPredicate<JavaClass> inModule(String... modules) {
        Set<String> names = Set.of(modules);
        return describe("are in module " + String.join(" or ", modules), c -> names.contains(module(c)));
    }

    @Test
    void theImportSeesEveryModule() {
        // without this, the rules below could pass on an empty class set
        Map<String, String> expected = Map.of("org.magent.masterequation.BathParameters", MASTER_EQUATION,
                "org.magent.validation.InvalidInputException", MASTER_EQUATION,
                "org.magent.bath.FluctuationDissipation", MEDIUM_MODELS,
                "org.magent.qubits.state.DensityMatrix", QUBIT_DYNAMICS,
                "org.magent.app.cli.Main", APP);
        expected.forEach((name, module) -> {
            assertTrue(classes.contain(name), name);
            assertEquals(module, module(classes.get(name)), "module of " + name);
        });
    }

    /** One package, one module: no split packages (a moved class must change its package too). */
    @Test
    void everyPackageComesFromOneModule() {
        Map<String, Set<String>> modulesOf = new TreeMap<>();
        for (JavaClass c : classes) {
            modulesOf.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(module(c));
        }
        modulesOf.forEach((pkg, modules) -> assertEquals(1, modules.size(), pkg + " is split across " + modules));
        assertEquals(Set.of(MASTER_EQUATION), modulesOf.get("org.magent.validation"));
        assertFalse(modulesOf.containsKey("org.magent.bath") && modulesOf.get("org.magent.bath")
                .contains(MASTER_EQUATION), "the bath record moved to org.magent.masterequation");
    }

    @Test
    void masterEquationNeedsOnlyTheJdkAndCommonsMath() {
        classes().that(inModule(MASTER_EQUATION))
                .should().onlyDependOnClassesThat(inModule(MASTER_EQUATION)
                        .or(resideInAnyPackage("java..", "org.apache.commons.math3..")))
                .check(classes);
    }

    @Test
    void qubitDynamicsSeesTheMasterEquationAndNoMedium() {
        classes().that(inModule(QUBIT_DYNAMICS))
                .should().onlyDependOnClassesThat(inModule(QUBIT_DYNAMICS, MASTER_EQUATION)
                        .or(resideInAnyPackage("java..", "org.apache.commons.math3..")))
                .check(classes);
        // the rule above forbids these too; named here so that the intent survives an edit of it
        noClasses().that(inModule(QUBIT_DYNAMICS)).should().dependOnClassesThat(inModule(MEDIUM_MODELS, APP))
                .orShould().dependOnClassesThat().resideInAnyPackage(MEDIA_BAGGAGE)
                .check(classes);
    }

    @Test
    void mediumModelsDependOnNeitherQubitsNorAppNorGuice() {
        noClasses().that(inModule(MEDIUM_MODELS))
                .should().dependOnClassesThat(inModule(QUBIT_DYNAMICS, APP))
                .orShould().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..",
                        "javax.inject..")
                .check(classes);
    }

    /** The medium SPI does not depend on the media that implement it (they depend on it). */
    @Test
    void mediumSpiDoesNotDependOnItsImplementations() {
        noClasses().that().resideInAPackage("org.magent.medium")
                .should().dependOnClassesThat().resideInAnyPackage("org.magent.medium.ferromagnet..",
                        "org.magent.medium.lattice..", "org.magent.medium.chiral..", "org.magent.medium.dispersion..",
                        "org.magent.medium.tabulated..", "org.magent.medium.film..")
                .check(classes);
    }

    @Test
    void onlyAppCreatesAnInjector() {
        noClasses().that(describe("are outside app", c -> !APP.equals(module(c))))
                .should().callMethodWhere(describe("Guice.createInjector",
                        call -> call.getTarget().getOwner().isEquivalentTo(Guice.class)
                                && call.getTarget().getName().equals("createInjector")))
                .check(classes);
        assertTrue(classes.get("org.magent.app.media.MediaContext").getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTarget().getName().equals("createInjector")),
                "the rule above looks for the call app makes");
    }

    @Test
    void pomsPointTheWayTheDataFlows() throws Exception {
        assertEquals(List.of(), magent(MASTER_EQUATION), "master-equation depends on no magent module");
        assertEquals(List.of(MASTER_EQUATION), magent(QUBIT_DYNAMICS), "qubit-dynamics: master-equation only");
        assertEquals(List.of(MASTER_EQUATION), magent(MEDIUM_MODELS), "medium-models: master-equation only");
        List<String> app = magent(APP);
        assertTrue(app.contains(QUBIT_DYNAMICS) && app.contains(MEDIUM_MODELS), "app uses both: " + app);
        assertEquals(MASTER_EQUATION, modules().get(0), "the parent builds master-equation first");
    }

    /**
     * What would put the media's libraries back on the Lindblad engine's class path: its runtime class path is
     * its POM's dependencies, master-equation's and Commons Math's (which has none), plus whatever the parent POM
     * gives every module.
     */
    @Test
    void theLindbladEngineDeclaresNoBaggage() throws Exception {
        assertEquals(List.of("org.apache.commons:commons-math3"), runtime(MASTER_EQUATION));
        assertEquals(List.of("org.magent:master-equation", "org.apache.commons:commons-math3"),
                runtime(QUBIT_DYNAMICS));
        assertEquals(List.of(), runtime(""), "the parent gives every module test-scope dependencies only");
        List<String> media = runtime(MEDIUM_MODELS);
        assertFalse(media.contains("com.google.inject:guice"), "medium-models without Guice: " + media);
    }

    /** The parent POM's modules, in build order. */
    private static List<String> modules() throws Exception {
        List<String> out = new ArrayList<>();
        for (Element m : children(children(pom("").getDocumentElement(), "modules").get(0), "module")) {
            out.add(m.getTextContent().strip());
        }
        return out;
    }

    /** The artifactIds of the org.magent dependencies declared in a module's POM (any scope). */
    private static List<String> magent(String module) throws Exception {
        List<String> out = new ArrayList<>();
        for (Element d : dependencies(module)) {
            if ("org.magent".equals(text(d, "groupId")) || "${project.groupId}".equals(text(d, "groupId"))) {
                out.add(text(d, "artifactId"));
            }
        }
        return out;
    }

    /** groupId:artifactId of a POM's own dependencies that reach run time (all scopes but test). */
    private static List<String> runtime(String module) throws Exception {
        List<String> out = new ArrayList<>();
        for (Element d : dependencies(module)) {
            if (!"test".equals(text(d, "scope"))) {
                out.add(text(d, "groupId") + ":" + text(d, "artifactId"));
            }
        }
        return out;
    }

    /** The project's own dependencies (not dependencyManagement, not a plugin's). */
    private static List<Element> dependencies(String module) throws Exception {
        List<Element> block = children(pom(module).getDocumentElement(), "dependencies");
        return block.isEmpty() ? List.of() : children(block.get(0), "dependency");
    }

    private static Document pom(String module) throws Exception {
        Path pom = Path.of("..", module, "pom.xml").normalize(); // module "" is the parent
        assertTrue(Files.isRegularFile(pom), "POM not found at " + pom.toAbsolutePath());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList n = parent.getChildNodes();
        for (int k = 0; k < n.getLength(); k++) {
            if (n.item(k).getNodeType() == Node.ELEMENT_NODE && tag.equals(n.item(k).getNodeName())) {
                out.add((Element) n.item(k));
            }
        }
        return out;
    }

    private static String text(Element e, String tag) {
        List<Element> n = children(e, tag);
        return n.isEmpty() ? "" : n.get(0).getTextContent().strip();
    }
}
