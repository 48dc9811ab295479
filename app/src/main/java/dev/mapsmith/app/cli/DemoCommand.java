package dev.mapsmith.app.cli;

import dev.mapsmith.app.gui.GuiLauncher;
import dev.mapsmith.app.ops.DemoSetup;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.sampledrives.DemoDrive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith demo}: opens the workstation on the demo drive. The drive is generated on first
 * use (behind a progress dialog, or a progress bar on stderr without a window), the demo project is
 * created or reused, and an area is reconstructed when the project has none.
 */
@Command(
    name = "demo",
    description =
        "Open the workstation on the demo drive (generated on first use) with an area"
            + " already reconstructed.",
    sortOptions = false)
public final class DemoCommand extends JsonCommand {

  @Option(
      names = "--drive",
      paramLabel = "PATH",
      description = "Use this drive instead of the demo drive.")
  Path drive;

  @Option(
      names = "--project",
      paramLabel = "FILE",
      description = "Demo project file (default: under the user's data folder).")
  Path project;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Where the demo drive is generated (default: the user's cache folder).")
  Path cache;

  @Option(
      names = "--no-window",
      description = "Prepare the drive and project, print them, and exit.")
  boolean noWindow;

  @Option(
      names = "--screenshot",
      paramLabel = "FILE.png",
      description = "Render the prepared window to this PNG headless, then exit.")
  Path screenshot;

  @Override
  protected String name() {
    return "demo";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    if (drive != null && !Files.exists(drive)) {
      throw new UsageException("no such drive: " + drive);
    }
    if (screenshot != null && !screenshot.getFileName().toString().toLowerCase().endsWith(".png")) {
      throw new UsageException("--screenshot must name a .png file: " + screenshot);
    }
    Path projectFile = project != null ? project : DemoSetup.defaultProject();
    Path cacheDir = cache != null ? cache : DemoDrive.defaultCacheDir();
    Services services = Services.wired();
    Map<String, Object> out = new LinkedHashMap<>();
    if (noWindow || screenshot != null) {
      DemoSetup.Result r =
          DemoSetup.prepare(
              drive, cacheDir, services.demo(), projectFile, services.reconstruction(), progress);
      put(out, r);
      if (screenshot != null) {
        Map<String, Object> shot =
            GuiLauncher.screenshot(services, r.project(), screenshot, 1600, 1000, 1);
        out.put("screenshot", shot.get("screenshot"));
      }
      return out;
    }
    DemoSetup.Result[] prepared = new DemoSetup.Result[1];
    GuiLauncher.interactive(
        services,
        null,
        m -> {
          prepared[0] =
              DemoSetup.prepare(
                  drive, cacheDir, services.demo(), projectFile, services.reconstruction(), m);
          return prepared[0].project();
        });
    if (prepared[0] == null) {
      throw new IllegalStateException("the demo was not prepared (cancelled or failed)");
    }
    put(out, prepared[0]);
    return out;
  }

  private static void put(Map<String, Object> out, DemoSetup.Result r) {
    out.put("project", r.project().toAbsolutePath().toString());
    out.put("drive", r.drive().toAbsolutePath().toString());
    out.put("primitives", r.primitives());
    out.put("reconstructed", r.reconstructed());
  }
}
