package dev.mapsmith.labeling.export.lanelet2;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.CancelledException;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.Lanelet2Output;
import dev.mapsmith.drivelog.map.MapOrigins;
import dev.mapsmith.drivelog.map.ProjectorInfo;
import dev.mapsmith.drivelog.map.osm.OsmWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes primitives as a Lanelet2 OSM file through drivelog's OSM layer ({@link OsmWriter}, {@link
 * PrimitiveOsm}): one way per primitive, with the primitive's id as the way id and node ids derived
 * from it, so ids are positive and the same on every export. Nodes carry {@code ele} and Autoware's
 * {@code local_x}/{@code local_y}; Mapsmith's own fields are kept in {@code mapsmith:*} tags. The
 * projection goes beside the map in Autoware's {@code map_projector_info.yaml} ({@link
 * ProjectorInfo}) and, with an origin, in drivelog's JSON sidecar ({@link MapOrigins}): the shared
 * origin rule reads the export back in the project's frame. The file is written under a temporary
 * name and moved into place. Chunks of primitives are formatted on all cores and written in order,
 * so the output is byte-identical whatever the core count.
 */
public final class Lanelet2Writer {

  /** Node ids are {@code primitiveId * NODES_PER_WAY + vertex + 1}: stable while the way is. */
  static final long NODES_PER_WAY = 1L << 20;

  private Lanelet2Writer() {}

  /** Primitives per formatting task. */
  private static final int CHUNK = 1024;

  /** Writes {@code primitives} to {@code out}; returns the sidecar's path. */
  public static Path write(
      List<Primitive> primitives, FrameOfReference frame, Path out, ProgressMonitor progress)
      throws IOException {
    EnuProjection projection = Lanelet2Output.projection(frame);
    // all three targets are checked before the first is written
    AtomicOutput.checkTarget(out.toAbsolutePath().resolveSibling(ProjectorInfo.FILE_NAME));
    if (frame instanceof LocalEnuFrame) {
      AtomicOutput.checkTarget(MapOrigins.sidecarFor(out));
    }
    AtomicOutput.write(out, os -> writeOsm(primitives, projection, os, progress));
    Path sidecar = ProjectorInfo.write(out, frame);
    if (frame instanceof LocalEnuFrame enu) {
      MapOrigins.write(out, enu.origin()); // the JSON sidecar drivelog's Lanelet2Maps reads
    }
    return sidecar;
  }

  private static void writeOsm(
      List<Primitive> primitives,
      EnuProjection projection,
      OutputStream os,
      ProgressMonitor progress)
      throws IOException {
    int chunks = (primitives.size() + CHUNK - 1) / CHUNK;
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), chunks));
    ExecutorService pool = Executors.newFixedThreadPool(threads, Lanelet2Writer::daemon);
    try {
      os.write(OsmWriter.HEADER.getBytes(StandardCharsets.UTF_8));
      // task k < chunks formats the nodes of chunk k; task chunks + k formats its way
      Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < 2 * chunks; done++) {
        while (next < 2 * chunks && inFlight.size() < 4 * threads) {
          inFlight.add(pool.submit(format(primitives, next++, chunks, projection)));
        }
        os.write(take(inFlight.removeFirst()));
        progress.checkCancelled();
        progress.progress((done + 1.0) / (2 * chunks), done < chunks ? "nodes" : "ways");
      }
      os.write(OsmWriter.FOOTER.getBytes(StandardCharsets.UTF_8));
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<byte[]> format(
      List<Primitive> primitives, int task, int chunks, EnuProjection projection) {
    boolean nodes = task < chunks;
    int from = (nodes ? task : task - chunks) * CHUNK;
    int to = Math.min(primitives.size(), from + CHUNK);
    return () -> {
      StringBuilder sb = new StringBuilder(CHUNK * (nodes ? 1400 : 900));
      for (int i = from; i < to; i++) {
        if (nodes) {
          PrimitiveOsm.nodes(sb, primitives.get(i), projection);
        } else {
          OsmWriter.append(sb, PrimitiveOsm.way(primitives.get(i)));
        }
      }
      return sb.toString().getBytes(StandardCharsets.UTF_8);
    };
  }

  private static byte[] take(Future<byte[]> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException("formatting the map failed: " + e.getCause(), e.getCause());
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "mapsmith-lanelet2-export");
    t.setDaemon(true);
    return t;
  }

  static long nodeId(long primitiveId, int vertex) {
    if (vertex + 1 >= NODES_PER_WAY) {
      throw new IllegalArgumentException(
          "primitive " + primitiveId + " has too many vertices for stable node ids");
    }
    return primitiveId * NODES_PER_WAY + vertex + 1;
  }
}
