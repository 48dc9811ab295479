package dev.mapsmith.batch;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.CancelledException;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch job on Spark: stage 1 scans each drive for the tiles it touches (a bad drive is
 * reported and skipped), stage 2 reconstructs each tile ({@link TileJob}), then the driver stitches
 * the tiles' pieces into one map and writes the outputs ({@link BatchOutput}).
 */
public final class BatchJob {

  private static final Logger LOG = LoggerFactory.getLogger(BatchJob.class);

  /** Cut ends of one line from two tiles lie this close (m) or are not joined. */
  static final double JOIN_M = 1.0;

  private BatchJob() {}

  public static BatchResult run(BatchOptions o, ProgressMonitor monitor) throws IOException {
    return run(o, monitor, TileJob::run);
  }

  /** The job with {@code tileRunner} as the tile task (tests wrap it to inject task failures). */
  static BatchResult run(BatchOptions o, ProgressMonitor monitor, TileRunner tileRunner)
      throws IOException {
    DriveManifest manifest = DriveManifest.read(o.manifest());
    Path temp = AtomicOutput.newDirectory(o.out()); // refuses a non-empty output folder first
    SparkSession spark = session(o);
    try (JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SparkProgress progress = SparkProgress.attach(jsc, monitor)) {
      double reach = ReconstructionConfig.defaults().maxRange() + o.marginM();
      int level = o.tileLevel();
      progress.stage("scanning " + manifest.drives().size() + " drives", 0, 0.1);
      int attempts = TaskAttempts.of(o.master(), jsc.getConf());
      List<DriveScan.Info> scans =
          jsc.parallelize(manifest.drives(), Math.max(1, manifest.drives().size()))
              .map(e -> DriveScan.scan(e, level, reach, attempts))
              .collect();
      List<DriveScan.Info> good = scans.stream().filter(DriveScan.Info::ok).toList();
      scans.stream()
          .filter(s -> !s.ok())
          .forEach(s -> LOG.warn("drive {} skipped: {}", s.index() + 1, s.error()));
      if (good.isEmpty()) {
        throw new IOException(o.manifest() + ": no drive of the manifest could be read");
      }
      DriveScan.Info first = good.get(0);
      List<TileTask> tasks = tasks(good, o, first, attempts);
      LOG.info("{} drives readable, {} tiles at level {}", good.size(), tasks.size(), level);
      progress.stage("reconstructing " + tasks.size() + " tiles", 0.1, 0.95);
      List<TileOutput> tiles = jsc.parallelize(tasks, tasks.size()).map(tileRunner::run).collect();
      progress.checkCancelled();
      tiles.forEach(
          t ->
              t.failures()
                  .forEach(
                      f ->
                          LOG.warn(
                              "drive {} left out of tile {}: {}",
                              f.drive() + 1,
                              Tiles.token(t.tile()),
                              f.error())));
      List<Piece> pieces = new ArrayList<>();
      tiles.forEach(t -> pieces.addAll(t.pieces()));
      List<Piece> merged = Stitcher.stitch(pieces, JOIN_M);
      LocalEnuFrame frame = new LocalEnuFrame(new GeoOrigin(first.lat(), first.lon(), first.alt()));
      Instant created = Instant.now();
      List<Primitive> map = new ArrayList<>();
      for (Piece p : merged) {
        map.add(p.toPrimitive(map.size() + 1, created));
      }
      monitor.progress(0.96, "writing the map");
      BatchResult result = new BatchResult(o, frame, map, scans, tiles, pieces.size());
      BatchOutput.write(result, temp, monitor);
      AtomicOutput.commitDirectory(temp, o.out());
      monitor.progress(1, "done");
      return result;
    } catch (RuntimeException | IOException e) {
      AtomicOutput.discardDirectory(temp);
      if (monitor.isCancelled()) {
        throw new CancelledException();
      }
      throw e;
    } finally {
      spark.stop();
    }
  }

  /** One task per tile, tiles in key order, each with the drives that touch it. */
  static List<TileTask> tasks(
      List<DriveScan.Info> good, BatchOptions o, DriveScan.Info f, int attempts) {
    Map<Long, List<DriveScan.Info>> byTile = new TreeMap<>();
    for (DriveScan.Info d : good) {
      for (long t : d.tiles()) {
        byTile.computeIfAbsent(t, k -> new ArrayList<>()).add(d);
      }
    }
    List<TileTask> tasks = new ArrayList<>();
    byTile.forEach(
        (tile, ds) ->
            tasks.add(
                new TileTask(
                    tile,
                    ds.stream().map(DriveScan.Info::index).toList(),
                    ds.stream().map(DriveScan.Info::path).toList(),
                    f.lat(),
                    f.lon(),
                    f.alt(),
                    o.method(),
                    o.marginM(),
                    o.alignment(),
                    attempts)));
    return tasks;
  }

  private static SparkSession session(BatchOptions o) {
    SparkSession.Builder b =
        SparkSession.builder()
            .appName("mapsmith batch")
            .master(o.master())
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false");
    if (o.master().startsWith("local")) {
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    return b.getOrCreate();
  }
}
