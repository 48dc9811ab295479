package dev.mapsmith.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The job's entry point for {@code spark-submit --class dev.mapsmith.batch.BatchMain}: the options
 * of {@code mapsmith batch} ({@code --drives}, {@code --out}, {@code --master}, {@code
 * --tile-level}, {@code --method}, {@code --no-align}, {@code --json}); without {@code --master}
 * the master spark-submit set ({@code spark.master}) is used. Exit 0 ok, 1 failure, 2 usage error.
 */
public final class BatchMain {

  private BatchMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    Map<String, String> a = new LinkedHashMap<>();
    boolean json = false, noAlign = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json" -> json = true;
        case "--no-align" -> noAlign = true;
        case "--drives", "--out", "--master", "--tile-level", "--method" -> {
          if (i + 1 >= args.length) {
            return usage(args[i] + " needs a value");
          }
          a.put(args[i], args[++i]);
        }
        default -> {
          return usage("unknown option " + args[i]);
        }
      }
    }
    if (!a.containsKey("--drives") || !a.containsKey("--out")) {
      return usage("--drives MANIFEST and --out DIR are required");
    }
    BatchOptions o;
    try {
      o =
          BatchOptions.of(Path.of(a.get("--drives")), Path.of(a.get("--out")))
              .withMaster(
                  a.getOrDefault("--master", System.getProperty("spark.master", "local[*]")))
              .withTileLevel(
                  Integer.parseInt(a.getOrDefault("--tile-level", "" + BatchOptions.DEFAULT_LEVEL)))
              .withMethod(a.getOrDefault("--method", "classical"));
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    if (noAlign) {
      o = o.withAlignment(o.alignment().withEnabled(false));
    }
    try {
      BatchResult r = BatchJob.run(o, ProgressMonitor.NONE);
      Map<String, Object> s = r.summary();
      System.out.println(json ? new ObjectMapper().writeValueAsString(s) : s.toString());
      return 0;
    } catch (Exception e) {
      System.err.println("mapsmith batch: " + (e.getMessage() == null ? e : e.getMessage()));
      return 1;
    }
  }

  private static int usage(String message) {
    System.err.println(
        "mapsmith batch: "
            + message
            + "\nusage: BatchMain --drives MANIFEST --out DIR [--master M] [--tile-level N]"
            + " [--method classical|learned] [--no-align] [--json]");
    return 2;
  }
}
