package dev.mapsmith.app.port;

/**
 * The modules the app talks to, behind its own ports, so that ViewModels are tested with small
 * implementations and a module that has not landed shows as a disabled action with a reason.
 */
public record Services(
    DriveOpener drives,
    DemoDrivePort demo,
    ViewportPort viewport,
    Availability projects,
    Availability reconstruction) {

  /** The ports backed by the modules that exist in this build. */
  public static Services wired() {
    return new Services(
        DriveOpener.missing("needs the drivelog readers (DriveLogs.open), not in this build yet"),
        DemoDrivePort.missing("needs the sample-drives demo generator, not in this build yet"),
        ViewportPort.missing("viewport not available: the viewer3d renderer is not in this build"),
        Availability.AVAILABLE,
        Availability.missing("needs the reconstruction module, not in this build yet"));
  }
}
