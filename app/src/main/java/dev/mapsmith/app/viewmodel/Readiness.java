package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.port.Services;

/** Why an action that has a {@link Need} cannot run now: the text shown on disabled actions. */
final class Readiness {

  private Readiness() {}

  /** Empty when {@code need} is met, else the reason. */
  static String reason(Need need, Services services, boolean driveOpen, boolean projectOpen) {
    return switch (need) {
      case NOTHING -> "";
      case DRIVE -> driveOpen ? "" : "open a drive first";
      case PROJECT ->
          !services.projects().available()
              ? services.projects().reason()
              : projectOpen ? "" : "open or create a project first";
      case RECONSTRUCTION ->
          !services.reconstruction().availability().available()
              ? services.reconstruction().availability().reason()
              : !driveOpen
                  ? "open a drive first"
                  : projectOpen ? "" : "open or create a project first";
    };
  }
}
