package org.steward;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.modules.syntax.ModuleDependencyScope.consideringOnlyDependenciesInAnyPackage;
import static com.tngtech.archunit.library.modules.syntax.ModuleRuleDefinition.modules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.http.annotation.Controller;
import jakarta.inject.Inject;
import org.steward.shared.FeatureModule;

/** Module boundaries as in STYLE.md §2 and §7; a new module declares its own in its package-info.java. */
@AnalyzeClasses(packages = "org.steward", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modulesRespectTheirDeclaredDependencies = modules()
            .definedByAnnotation(FeatureModule.class)
            .should()
            .respectTheirAllowedDependenciesDeclaredIn(
                    "allowedDependencies", consideringOnlyDependenciesInAnyPackage("org.steward.."))
            // The reports library (its own Maven module, ADR 0012) knows nothing of the backend: to the feature
            // modules it is a library like OpenPDF, not a module (the donations module renders receipts with it, the
            // events module attendee lists, badges and sign-in sheets).
            .ignoreDependency(
                    alwaysTrue(),
                    resideInAnyPackage(
                            "org.steward.reports", "org.steward.reports.receipts..", "org.steward.reports.events.."))
            .andShould()
            .onlyDependOnEachOtherThroughPackagesDeclaredIn("exposedPackages");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures =
            slices().matching("org.steward.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule internalsNeverUseTheWebLayer = noClasses()
            .that()
            .resideInAPackage("..internal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..web..");

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .should()
            .resideInAPackage("..web..")
            .orShould()
            .resideInAPackage("org.steward.platform");

    @ArchTest
    static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Inject.class);

    @ArchTest
    static final ArchRule domainCodeBuildsNoHttpResponses = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "org.steward.platform..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.micronaut.http.HttpResponse")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.micronaut.http.HttpStatus");
}
