package org.netboxauto.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the layers of DESIGN.md: a pure core, faces reached only from the wiring. */
class LayeringTest {

    private static final String[] ADAPTERS = {
        "org.netboxauto.store..", "org.netboxauto.discovery..", "org.netboxauto.netbox..", "org.netboxauto.dns..",
        "org.netboxauto.config..", "org.netboxauto.service..", "org.netboxauto.net..", "org.netboxauto.vendor.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.netboxauto");
    }

    @Test
    void coreHasNoToolkitDatabaseNetworkLibraryOrAdapterDependencies() {
        noClasses().that().resideInAPackage("org.netboxauto.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "javax.sql..", "org.apache.hc..", "net.schmizz..",
                        "com.hierynomus..", "org.snmp4j..", "org.xbill..", "org.h2..",
                        "org.apache.ibatis..", "org.flywaydb..", "com.typesafe.config..", "java.net.http..")
                .because("core holds pure domain logic with no I/O (DESIGN.md, Layers)")
                .check(classes);
        noClasses().that().resideInAPackage("org.netboxauto.core..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.netboxauto.ui..", "org.netboxauto.cli..",
                        "org.netboxauto.app..")
                .because("arrows point inward: adapters and faces use core, never the reverse")
                .check(classes);
    }

    @Test
    void onlyTheWiringReachesTheFaces() {
        noClasses().that().resideOutsideOfPackages("org.netboxauto.app..", "org.netboxauto.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.netboxauto.ui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.netboxauto.app..", "org.netboxauto.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.netboxauto.cli..")
                .check(classes);
    }

    @Test
    void javaFxStaysInTheDesktopFace() {
        noClasses().that().resideOutsideOfPackages("org.netboxauto.ui..", "org.netboxauto.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
                .because("collectors, services and the CLI run headless")
                .check(classes);
    }

    @Test
    void facesDoNotTalkToTheDatabaseDirectly() {
        noClasses().that().resideInAnyPackage("org.netboxauto.ui..", "org.netboxauto.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.ibatis..",
                        "org.netboxauto.store..")
                .because("faces call services; the store is an adapter behind them")
                .check(classes);
    }
}
