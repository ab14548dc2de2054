package org.magent.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * docs/architecture.md: dependencies run one way, app → qubit-dynamics → medium-models, both in the
 * module POMs and in the compiled classes.
 */
class ModuleDependenciesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.magent");
    }

    @Test
    void theImportSeesEveryModule() {
        // without this, the rules below could pass on an empty class set
        assertTrue(classes.contain("org.magent.bath.BathParameters"));
        assertTrue(classes.contain("org.magent.qubits.state.DensityMatrix"));
        assertTrue(classes.contain("org.magent.app.cli.Main"));
    }

    @Test
    void mediumModelsDependOnNeitherQubitsNorApp() {
        noClasses().that().resideInAnyPackage("org.magent.medium..", "org.magent.bath..", "org.magent.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.magent.qubits..", "org.magent.app..")
                .check(classes);
    }

    @Test
    void qubitDynamicsDoesNotDependOnApp() {
        noClasses().that().resideInAPackage("org.magent.qubits..")
                .should().dependOnClassesThat().resideInAPackage("org.magent.app..")
                .check(classes);
    }

    /** The medium SPI does not depend on the media that implement it (they depend on it). */
    @Test
    void mediumSpiDoesNotDependOnItsImplementations() {
        noClasses().that().resideInAPackage("org.magent.medium")
                .should().dependOnClassesThat().resideInAnyPackage("org.magent.medium.ferromagnet..",
                        "org.magent.medium.lattice..", "org.magent.medium.chiral..", "org.magent.medium.dispersion..",
                        "org.magent.medium.tabulated..", "org.magent.medium.builtin..")
                .check(classes);
    }

    @Test
    void onlyAppCreatesAnInjector() {
        noClasses().that().resideOutsideOfPackage("org.magent.app..")
                .should().callMethodWhere(describe("Guice.createInjector",
                        call -> call.getTarget().getOwner().isEquivalentTo(Guice.class)
                                && call.getTarget().getName().equals("createInjector")))
                .check(classes);
        assertTrue(classes.get("org.magent.app.media.MediaContext").getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTarget().getName().equals("createInjector")),
                "the rule above looks for the call app makes");
    }

    @Test
    void pomsPointOneWay() throws Exception {
        List<String> medium = dependencies("medium-models");
        List<String> qubits = dependencies("qubit-dynamics");
        List<String> app = dependencies("app");
        assertTrue(app.contains("qubit-dynamics") && qubits.contains("medium-models"),
                "the chain app -> qubit-dynamics -> medium-models is declared: " + app + " / " + qubits);
        assertFalse(medium.contains("qubit-dynamics"), "medium-models must not depend on qubit-dynamics: " + medium);
        assertFalse(medium.contains("app"), "medium-models must not depend on app: " + medium);
        assertFalse(qubits.contains("app"), "qubit-dynamics must not depend on app: " + qubits);
    }

    /** The artifactIds of the org.magent dependencies declared in a module's POM (any scope). */
    private static List<String> dependencies(String module) throws Exception {
        Path pom = Path.of("..", module, "pom.xml");
        assertTrue(Files.isRegularFile(pom), "module POM not found at " + pom.toAbsolutePath());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        Document doc = f.newDocumentBuilder().parse(pom.toFile());
        NodeList deps = doc.getElementsByTagName("dependency");
        List<String> out = new ArrayList<>();
        for (int k = 0; k < deps.getLength(); k++) {
            Element d = (Element) deps.item(k);
            String group = text(d, "groupId");
            if ("org.magent".equals(group) || "${project.groupId}".equals(group)) {
                out.add(text(d, "artifactId"));
            }
        }
        return out;
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }
}
