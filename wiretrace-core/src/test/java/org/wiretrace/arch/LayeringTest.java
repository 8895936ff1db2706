package org.wiretrace.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Enforces the package layering of ARCHITECTURE.md B3 inside wiretrace-core: each package may use
 * only the packages listed for it (internal is usable by all), and no package cycles exist.
 */
@AnalyzeClasses(packages = "org.wiretrace", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("model").definedBy("org.wiretrace.model..", "org.wiretrace.store..")
      .layer("text").definedBy("org.wiretrace.text..")
      .layer("sketch").definedBy("org.wiretrace.sketch..")
      .layer("align").definedBy("org.wiretrace.align..")
      .layer("candidate").definedBy("org.wiretrace.candidate..")
      .layer("changes").definedBy("org.wiretrace.changes..")
      .layer("provenance").definedBy("org.wiretrace.provenance..")
      .layer("cluster").definedBy("org.wiretrace.cluster..")
      .layer("report").definedBy("org.wiretrace.report..")
      .layer("detect").definedBy("org.wiretrace.detect..")
      .whereLayer("detect").mayNotBeAccessedByAnyLayer()
      .whereLayer("report").mayOnlyBeAccessedByLayers("detect")
      .whereLayer("cluster").mayOnlyBeAccessedByLayers("report", "detect")
      .whereLayer("provenance").mayOnlyBeAccessedByLayers("report", "detect")
      .whereLayer("changes").mayOnlyBeAccessedByLayers("provenance", "report", "detect")
      .whereLayer("candidate").mayOnlyBeAccessedByLayers("cluster", "report", "detect")
      .whereLayer("align").mayOnlyBeAccessedByLayers("changes", "provenance", "report", "detect")
      .whereLayer("sketch").mayOnlyBeAccessedByLayers("candidate", "detect")
      .whereLayer("text").mayOnlyBeAccessedByLayers("sketch", "align", "changes", "provenance", "detect");

  @ArchTest
  static final ArchRule noCycles = slices().matching("org.wiretrace.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule internalUsesOnlyTheJdk = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
      .noClasses().that().resideInAPackage("org.wiretrace.internal..")
      .should().dependOnClassesThat().resideInAnyPackage("org.wiretrace.model..", "org.wiretrace.text..",
          "org.wiretrace.sketch..", "org.wiretrace.align..", "org.wiretrace.candidate..",
          "org.wiretrace.changes..", "org.wiretrace.provenance..", "org.wiretrace.cluster..",
          "org.wiretrace.report..", "org.wiretrace.detect..");
}
