package vn.vbtrace;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Dependencies point one way: cli and web → services → extract / index / graph / parse → document. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.vbtrace");

    @Test
    void extractionIsAPlainLibrary() {
        noClasses().that().resideInAPackage("vn.vbtrace.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.lucene..",
                        "org.neo4j..", "vn.vbtrace.index..", "vn.vbtrace.graph..", "vn.vbtrace.web..", "vn.vbtrace.cli..")
                .check(classes);
    }

    /**
     * The launcher is copied to the root of the Spring Boot jar (pom.xml), where the JVM started by {@code java -jar}
     * finds nothing else: a class of ours or of a library named there would fail only on a user's machine.
     */
    @Test
    void theLauncherUsesTheJdkOnly() {
        classes().that().resideInAPackage("vn.vbtrace.launch..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.vbtrace.launch..")
                .check(classes);
    }

    /** No two top-level packages need each other: a value moved down to the model cannot loop back up. */
    @Test
    void noPackageCycles() {
        slices().matching("vn.vbtrace.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("vn.vbtrace.document..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.vbtrace.extract..", "vn.vbtrace.index..",
                        "vn.vbtrace.graph..", "vn.vbtrace.parse..", "vn.vbtrace.ingest..", "vn.vbtrace.web..", "vn.vbtrace.cli..",
                        // the answers' values (Chain, SearchResult ...) live here, below the services returning them
                        "vn.vbtrace.search..", "vn.vbtrace.trace..", "vn.vbtrace.validity..", "vn.vbtrace.check..")
                .check(classes);
    }

    @Test
    void storesAndServicesDoNotReachUpToTheInterfaces() {
        noClasses().that().resideInAnyPackage("vn.vbtrace.index..", "vn.vbtrace.graph..", "vn.vbtrace.parse..",
                        "vn.vbtrace.ingest..", "vn.vbtrace.search..", "vn.vbtrace.trace..", "vn.vbtrace.check..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.vbtrace.web..", "vn.vbtrace.cli..")
                .check(classes);
    }

    @Test
    void onlyTheGraphPackageTalksToNeo4j() {
        noClasses().that().resideOutsideOfPackage("vn.vbtrace.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..")
                .check(classes);
    }

    @Test
    void onlyTheIndexPackageTalksToLucene() {
        noClasses().that().resideOutsideOfPackage("vn.vbtrace.index..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(classes);
    }

    /**
     * Issue 16: controllers take services; they never open, query or write a store, and name no class of the stores'
     * packages at all. The values a service hands on (a Chain, a SearchResult, a FilterField, the SearchServerException
     * the API reports as 503) live in the model (vn.vbtrace.document), below both the stores that build them and the
     * services that return them, so no package cycle either way.
     */
    /**
     * What a service hands on (its public records, which the web writes as JSON) is made of the model's values, never
     * of a store's own type: so neither a controller nor an answer's JSON follows a change inside graph or index.
     */
    @Test
    void theServicesAnswersHoldNoStoreType() {
        noClasses().that().resideInAnyPackage("vn.vbtrace.search..", "vn.vbtrace.trace..", "vn.vbtrace.validity..",
                        "vn.vbtrace.check..")
                .and().arePublic().and(RECORDS)
                .should().dependOnClassesThat().resideInAnyPackage("vn.vbtrace.graph..", "vn.vbtrace.index..")
                .check(classes);
    }

    private static final DescribedPredicate<JavaClass> RECORDS = DescribedPredicate.describe("records", JavaClass::isRecord);

    @Test
    void theWebTakesServicesNotStores() {
        noClasses().that().resideInAPackage("vn.vbtrace.web..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.vbtrace.graph..", "vn.vbtrace.index..")
                .because("a controller takes a service (search, trace, validity, ingest ...), which knows the stores")
                .check(classes);
        noClasses().that().resideInAPackage("vn.vbtrace.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.vbtrace.system.Stores")
                .check(classes);
    }
}
