package dev.mapsmith.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of docs/architecture.md as ArchUnit rules: each heavy library belongs to one
 * module, and modules depend only on those before them in the data flow.
 */
final class ModuleRules {

  private ModuleRules() {}

  static ArchRule onlyAppUsesJavaFx() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.mapsmith.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx..")
        .because("only the app module has a user interface");
  }

  static ArchRule onlyViewerUsesLwjgl() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.mapsmith.viewer3d..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.lwjgl..")
        .because("GL objects live on viewer3d's render thread only");
  }

  static ArchRule onlyModelsUsesDjl() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.mapsmith.models..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("ai.djl..")
        .because("native tensor memory is owned by the models module");
  }

  static ArchRule onlyStoreUsesJdbc() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.mapsmith.labeling.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.sql..")
        .because("the project file is written by the labeling store only");
  }

  static ArchRule onlyDrivelogUsesZstd() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.mapsmith.drivelog..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.github.luben.zstd..")
        .because("zstd-jni (MCAP chunks) is drivelog's native library");
  }

  static ArchRule onlyOpenDriveUsesProj4j() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.mapsmith.drivelog.map.opendrive..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.locationtech.proj4j..")
        .because("map projections are read from OpenDRIVE geoReferences only (decision 0110)");
  }

  static ArchRule onlyBatchUsesSpark() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.mapsmith.batch..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "com.google.common.geometry..")
        .because("Spark (and its S2 tile keys) run inside the batch module only (decision 0220)");
  }

  /** A module may not depend on modules later in the data flow. */
  static ArchRule moduleMayNotUse(String module, String... forbidden) {
    String[] packages = new String[forbidden.length];
    for (int i = 0; i < forbidden.length; i++) {
      packages[i] = "dev.mapsmith." + forbidden[i] + "..";
    }
    return noClasses()
        .that()
        .resideInAPackage("dev.mapsmith." + module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages)
        .because("data flows one way: see docs/architecture.md")
        .allowEmptyShould(true);
  }
}
