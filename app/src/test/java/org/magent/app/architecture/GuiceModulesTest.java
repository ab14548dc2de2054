package org.magent.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Module;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magent.app.media.builtin.MediaModules;

/**
 * docs/architecture.md: the Guice modules of the built-in media (in app, {@code org.magent.app.media.builtin}) are
 * side-effect free and contain no conditionals. The classes may not touch I/O (ArchUnit), and their sources contain
 * no {@code if}, {@code switch} or {@code ?:}.
 */
class GuiceModulesTest {

    private static final Pattern BRANCH = Pattern.compile("\\bif\\s*\\(|\\bswitch\\s*\\(|\\?|\\bwhile\\s*\\(|\\bfor\\s*\\(");
    /** Where the Guice modules of the built-in media live (app: the only module that uses Guice). */
    private static final String BUILT_IN = "org.magent.app.media.builtin";
    private static List<JavaClass> modules;
    private static JavaClasses classes;

    @BeforeAll
    static void importModules() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BUILT_IN);
        // the class hierarchy up to Guice's AbstractModule is not imported; ask the JVM instead
        modules = classes.stream().filter(c -> !c.isInterface() && Module.class.isAssignableFrom(c.reflect()))
                .toList();
    }

    @Test
    void mediaModulesExist() {
        // one module per built-in medium, and MediaModules.builtIn() lists each of them once
        assertEquals(6, modules.size(), "Guice modules found in " + BUILT_IN + ": " + modules);
        Set<String> listed = MediaModules.builtIn().stream().map(m -> m.getClass().getName())
                .collect(Collectors.toSet());
        assertEquals(modules.stream().map(JavaClass::getName).collect(Collectors.toSet()), listed);
        assertEquals(6, MediaModules.builtIn().size());
    }

    @Test
    void modulesDoNoIo() {
        noClasses().that(com.tngtech.archunit.base.DescribedPredicate.describe("are Guice modules",
                        modules::contains))
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..")
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getenv", String.class)
                .check(classes);
    }

    @Test
    void moduleSourcesHaveNoConditionals() throws Exception {
        for (JavaClass c : modules) {
            Path src = Path.of("src", "main", "java") // tests run in app/
                    .resolve(c.getPackageName().replace('.', '/'))
                    .resolve(c.getSimpleName().replaceAll("\\$.*", "") + ".java");
            assertTrue(Files.isRegularFile(src), "source of " + c.getName() + " not found at " + src);
            // generic wildcards (<?>, <? extends T>, Map<K, ?>) are not conditionals
            String code = stripComments(Files.readString(src)).replaceAll("([<,]\\s*)\\?", "$1");
            assertFalse(BRANCH.matcher(code).find(), c.getName() + " contains a conditional");
        }
    }

    /** Removes comments and string literals, so that prose such as "if" in Javadoc does not count. */
    static String stripComments(String src) {
        return src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }
}
