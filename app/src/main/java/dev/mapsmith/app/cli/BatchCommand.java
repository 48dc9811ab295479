package dev.mapsmith.app.cli;

import dev.mapsmith.batch.BatchJob;
import dev.mapsmith.batch.BatchOptions;
import dev.mapsmith.batch.BatchResult;
import dev.mapsmith.core.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith batch --drives MANIFEST --out DIR}: many drives, one map, on Apache Spark (the
 * batch module's job, run in this JVM as the Spark driver; {@code local[*]} or a cluster master).
 */
@Command(
    name = "batch",
    description = "Reconstruct one map from many drives on Apache Spark (tiled, aligned, fused).",
    sortOptions = false)
public final class BatchCommand extends JsonCommand {

  @Option(
      names = "--drives",
      required = true,
      paramLabel = "MANIFEST",
      description = "JSON manifest {\"drives\": [{\"path\": ..., \"format\": ...}]}.")
  Path manifest;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--master",
      defaultValue = "local[*]",
      description = "Spark master: local[N] or spark://HOST:PORT (default ${DEFAULT-VALUE}).")
  String master;

  @Option(
      names = "--tile-level",
      defaultValue = "" + BatchOptions.DEFAULT_LEVEL,
      paramLabel = "N",
      description = "S2 cell level of the tiles, 10-18 (default ${DEFAULT-VALUE}, about 280 m).")
  int tileLevel;

  @Option(
      names = "--method",
      defaultValue = "classical",
      description = "classical or learned (the lane segmentation model).")
  String method;

  @Option(names = "--no-align", description = "Fuse the drives without aligning them first.")
  boolean noAlign;

  @Override
  protected String name() {
    return "batch";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    if (!Files.isRegularFile(manifest)) {
      throw new UsageException("--drives " + manifest + ": manifest not found");
    }
    BatchOptions o;
    try {
      o =
          BatchOptions.of(manifest, out)
              .withMaster(master)
              .withTileLevel(tileLevel)
              .withMethod(method);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (noAlign) {
      o = o.withAlignment(o.alignment().withEnabled(false));
    }
    BatchResult r = BatchJob.run(o, progress);
    r.skipped().forEach(s -> System.err.println("mapsmith batch: skipped " + s.get("error")));
    r.failedDrives()
        .forEach(
            f ->
                System.err.println(
                    "mapsmith batch: drive "
                        + f.get("drive")
                        + " left out of tiles "
                        + f.get("tiles")
                        + " after Spark's retries: "
                        + f.get("error")));
    return r.summary();
  }
}
