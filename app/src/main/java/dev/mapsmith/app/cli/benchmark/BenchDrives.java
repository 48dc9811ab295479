package dev.mapsmith.app.cli.benchmark;

import dev.mapsmith.app.cli.GenerateCommand;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.sampledrives.GenerateRequest;
import dev.mapsmith.sampledrives.GeneratedDrive;
import dev.mapsmith.sampledrives.PoseNoise;
import dev.mapsmith.sampledrives.SampleDrives;
import dev.mapsmith.sampledrives.kitti.KittiTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The suite's drives, generated once into a cache folder and reused after. A drive's folder name
 * ends in a hash of everything that makes it: the request (kind, scenario or map bytes, route,
 * origin, seed, length, pose noise, lidar) and the code of the simulator and the map readers, so a
 * changed map or simulator makes a new drive instead of reusing a stale one.
 */
public final class BenchDrives {

  /** Lidar of every suite drive: 64 beams, sensor noise on (as {@code mapsmith generate}). */
  static final int BEAMS = 64;

  private final Path cache;
  private final String code;

  public BenchDrives(Path cache) {
    this.cache = cache;
    this.code = CodeFingerprint.of(SampleDrives.class, DriveLogs.class);
  }

  /**
   * The one place a suite world becomes a generate request: the same request {@code mapsmith
   * generate} builds from its options. A kind this build cannot generate fails here, naming it.
   */
  public static GenerateRequest request(SuiteWorld w, long seed, PoseNoise noise) {
    String poseNoise = noise.key();
    return switch (w.kind()) {
      case SCENARIO ->
          GenerateCommand.request(
              w.scenario(), null, null, null, seed, w.durationS(), poseNoise, BEAMS, true, 0);
      case MAP ->
          GenerateCommand.request(
              null, w.map(), w.origin(), w.route(), seed, w.durationS(), poseNoise, BEAMS, true, 0);
      case TOWN ->
          GenerateCommand.request(
              townWorld(w), null, null, null, seed, w.durationS(), poseNoise, BEAMS, true, 0);
    };
  }

  /** The world name {@code mapsmith generate --world} takes for a suite's town entry. */
  static String townWorld(SuiteWorld w) {
    return w.town().equals("mixed") ? "town" : "town:" + w.town();
  }

  /** The cached drive of {@code w} for this seed and noise, or null when it is not there yet. */
  public BenchDrive cached(SuiteWorld w, long seed, PoseNoise noise) {
    Path dir = folder(w, seed, noise);
    Path drive = driveIn(dir, seed);
    return Files.isDirectory(drive)
        ? new BenchDrive(drive, drive.resolve("ground_truth/map.osm"), false, 0)
        : null;
  }

  /** The drive from the cache, or generated into it (atomically: a cancel leaves nothing). */
  public BenchDrive obtain(SuiteWorld w, long seed, PoseNoise noise, ProgressMonitor monitor)
      throws Exception {
    BenchDrive hit = cached(w, seed, noise);
    if (hit != null) {
      return hit;
    }
    GenerateRequest r = request(w, seed, noise);
    long start = System.nanoTime();
    Files.createDirectories(cache);
    GeneratedDrive d = SampleDrives.generate(r, folder(w, seed, noise), monitor);
    return new BenchDrive(d.drive(), d.truthMap(), true, (System.nanoTime() - start) / 1e9);
  }

  Path folder(SuiteWorld w, long seed, PoseNoise noise) {
    String name = w.id().replaceAll("[^A-Za-z0-9._-]", "_");
    return cache.resolve(
        String.format(
            Locale.ROOT,
            "%s-s%d-%s-%s",
            name,
            seed,
            noise.key(),
            key(w, seed, noise).substring(0, 12)));
  }

  private static Path driveIn(Path folder, long seed) {
    return folder.resolve(KittiTime.DATE).resolve(SampleDrives.driveName(seed));
  }

  private String key(SuiteWorld w, long seed, PoseNoise noise) {
    MessageDigest sha = CodeFingerprint.sha256();
    String fields =
        String.join(
            "|",
            w.kind().key(),
            String.valueOf(w.scenario()),
            String.valueOf(w.town()),
            String.valueOf(w.origin()),
            w.route().toString(),
            Long.toString(seed),
            Double.toString(w.durationS()),
            noise.key(),
            Integer.toString(BEAMS),
            code);
    sha.update(fields.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (w.map() != null) {
      try {
        sha.update(Files.readAllBytes(w.map()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
