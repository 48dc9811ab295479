package dev.mapsmith.app.cli;

import dev.mapsmith.app.gui.GuiLauncher;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.core.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mapsmith gui [PATH] [--screenshot FILE.png]}: opens the workstation on a drive or project;
 * with {@code --screenshot}, renders the loaded main window to a PNG headless and exits.
 */
@Command(
    name = "gui",
    description = "Open the workstation on a drive or project (or render it to a PNG, headless).")
public final class GuiCommand extends JsonCommand {

  @Parameters(
      arity = "0..1",
      paramLabel = "PATH",
      description = "A drive (folder or file) or a project.")
  Path path;

  @Option(
      names = "--screenshot",
      paramLabel = "FILE.png",
      description = "Render the window to this PNG headless, then exit.")
  Path screenshot;

  @Option(
      names = "--size",
      defaultValue = "1600x1000",
      paramLabel = "WxH",
      description = "Window size for --screenshot (default ${DEFAULT-VALUE}).")
  String size;

  @Option(
      names = "--scale",
      defaultValue = "1",
      description =
          "Pixel scale of the screenshot, e.g. 2 for high DPI (default ${DEFAULT-VALUE}).")
  double scale;

  @Override
  protected String name() {
    return "gui";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    if (path != null && !Files.exists(path)) {
      throw new UsageException("no such file or folder: " + path);
    }
    int[] wh = parseSize(size);
    if (!(scale >= 0.5 && scale <= 4)) {
      throw new UsageException("--scale must be between 0.5 and 4: " + scale);
    }
    if (screenshot != null) {
      if (!screenshot
          .getFileName()
          .toString()
          .toLowerCase(java.util.Locale.ROOT)
          .endsWith(".png")) {
        throw new UsageException("--screenshot must name a .png file: " + screenshot);
      }
      return GuiLauncher.screenshot(Services.wired(), path, screenshot, wh[0], wh[1], scale);
    }
    GuiLauncher.interactive(Services.wired(), path);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("closed", true);
    return result;
  }

  static int[] parseSize(String size) {
    String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
    try {
      int w = Integer.parseInt(parts[0].trim()), h = Integer.parseInt(parts[1].trim());
      if (parts.length == 2 && w >= 400 && h >= 300 && w <= 8000 && h <= 8000) {
        return new int[] {w, h};
      }
    } catch (RuntimeException e) {
      // fall through to the usage error
    }
    throw new UsageException("--size must be WIDTHxHEIGHT between 400x300 and 8000x8000: " + size);
  }
}
