package dev.mapsmith.sampledrives;

import dev.mapsmith.core.task.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Drives one world several times: {@code outDir/traversal_NN/} holds each drive (as {@code
 * generate} writes one), {@code outDir/truth/} the one truth map, {@code outDir/drives.json} the
 * manifest {@code mapsmith batch} reads, with each traversal's draws (speed factor, GNSS bias).
 */
public final class TraversalSet {

  private TraversalSet() {}

  /** The drives written and the truth map. */
  public record Result(List<GeneratedDrive> drives, List<Traversal> traversals, Path truthMap) {}

  public static Result generate(GenerateRequest r, int count, Path outDir, ProgressMonitor monitor)
      throws IOException {
    List<Traversal> draws = Traversal.draw(r.seed(), count, r.poseNoise().accuracyM());
    if (Files.exists(outDir) && !SampleDrives.isEmptyDir(outDir)) {
      throw new IOException(outDir + ": output folder exists and is not empty");
    }
    Files.createDirectories(outDir);
    List<GeneratedDrive> drives = new ArrayList<>();
    for (Traversal t : draws) {
      ProgressMonitor slice =
          monitor.slice((double) t.index() / count, (double) (t.index() + 1) / count);
      drives.add(SampleDrives.generate(r, t, outDir.resolve(folder(t)), slice));
    }
    Path truth = copyTruth(drives.get(0).truthMap().getParent(), outDir.resolve("truth"));
    writeManifest(outDir, drives, draws);
    return new Result(List.copyOf(drives), draws, truth);
  }

  private static String folder(Traversal t) {
    return String.format(Locale.ROOT, "traversal_%02d", t.index() + 1);
  }

  /** Copies the map and its origin files (not the per-drive poses) into {@code to}. */
  private static Path copyTruth(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (!n.startsWith("poses_true") && !n.equals("scenario.json")) {
          Files.copy(f, to.resolve(n));
        }
      }
    }
    return to.resolve("map.osm");
  }

  private static void writeManifest(Path outDir, List<GeneratedDrive> drives, List<Traversal> t)
      throws IOException {
    StringBuilder s = new StringBuilder("{\"drives\": [\n");
    for (int i = 0; i < drives.size(); i++) {
      Traversal d = t.get(i);
      s.append(
          String.format(
              Locale.ROOT,
              "  {\"path\": \"%s\", \"format\": \"kitti\", \"traversal\": %d, \"draw_seed\": %d,"
                  + " \"speed_factor\": %.4f, \"gnss_bias_m\": [%.4f, %.4f]}%s\n",
              outDir.relativize(drives.get(i).drive()).toString().replace('\\', '/'),
              d.index() + 1,
              d.drawSeed(),
              d.speedFactor(),
              d.biasX(),
              d.biasY(),
              i + 1 < drives.size() ? "," : ""));
    }
    s.append("]}\n");
    Files.writeString(outDir.resolve("drives.json"), s.toString());
  }
}
