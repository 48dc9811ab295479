package dev.mapsmith.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.mapsmith.core.archfixture.CoreClassThatImportsJavaFx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mapsmith");
    // every module's classes must be on app's test class path, or the rules check nothing
    for (String module :
        new String[] {
          "core",
          "drivelog",
          "sampledrives",
          "reconstruction",
          "models",
          "labeling",
          "batch",
          "viewer3d",
          "app"
        }) {
      assertThat(
              production.stream()
                  .anyMatch(c -> c.getPackageName().startsWith("dev.mapsmith." + module)))
          .as("classes of module %s imported", module)
          .isTrue();
    }
  }

  @Test
  void javaFxOnlyInApp() {
    ModuleRules.onlyAppUsesJavaFx().check(production);
  }

  @Test
  void lwjglOnlyInViewer3d() {
    ModuleRules.onlyViewerUsesLwjgl().check(production);
  }

  @Test
  void djlOnlyInModels() {
    ModuleRules.onlyModelsUsesDjl().check(production);
  }

  @Test
  void jdbcOnlyInLabelingStore() {
    ModuleRules.onlyStoreUsesJdbc().check(production);
  }

  @Test
  void zstdOnlyInDrivelog() {
    ModuleRules.onlyDrivelogUsesZstd().check(production);
  }

  @Test
  void sparkOnlyInBatch() {
    ModuleRules.onlyBatchUsesSpark().check(production);
  }

  void proj4jOnlyInOpenDriveReader() {
    ModuleRules.onlyOpenDriveUsesProj4j().check(production);
  }

  @Test
  void dataFlowsOneWay() {
    ModuleRules.moduleMayNotUse(
            "core",
            "drivelog",
            "sampledrives",
            "reconstruction",
            "models",
            "labeling",
            "viewer3d",
            "batch",
            "app")
        .check(production);
    ModuleRules.moduleMayNotUse(
            "drivelog",
            "sampledrives",
            "reconstruction",
            "models",
            "labeling",
            "viewer3d",
            "batch",
            "app")
        .check(production);
    ModuleRules.moduleMayNotUse(
            "sampledrives", "reconstruction", "models", "labeling", "viewer3d", "batch", "app")
        .check(production);
    ModuleRules.moduleMayNotUse(
            "models",
            "drivelog",
            "sampledrives",
            "reconstruction",
            "labeling",
            "viewer3d",
            "batch",
            "app")
        .check(production);
    ModuleRules.moduleMayNotUse(
            "reconstruction", "sampledrives", "labeling", "viewer3d", "batch", "app")
        .check(production);
    ModuleRules.moduleMayNotUse(
            "labeling", "sampledrives", "reconstruction", "models", "viewer3d", "batch", "app")
        .check(production);
    ModuleRules.moduleMayNotUse(
            "viewer3d",
            "drivelog",
            "sampledrives",
            "reconstruction",
            "models",
            "labeling",
            "batch",
            "app")
        .check(production);
    ModuleRules.moduleMayNotUse("batch", "sampledrives", "viewer3d", "app").check(production);
  }

  /** The rule really catches a core class that imports javafx (a test-only fixture class). */
  @Test
  void ruleCatchesJavaFxImportInCore() {
    JavaClasses offending = new ClassFileImporter().importClasses(CoreClassThatImportsJavaFx.class);
    assertThat(ModuleRules.onlyAppUsesJavaFx().evaluate(offending).hasViolation()).isTrue();
    assertThat(ModuleRules.onlyAppUsesJavaFx().evaluate(offending).getFailureReport().toString())
        .contains("CoreClassThatImportsJavaFx")
        .contains("javafx.scene.paint.Color");
  }
}
