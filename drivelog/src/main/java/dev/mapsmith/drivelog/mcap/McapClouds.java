package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.ParallelSweeps;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SweepSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many sweeps of one bag into the world frame at once: the sweeps are grouped by the chunk that
 * holds them, and each reading thread takes a whole chunk, decompresses it once into buffers of its
 * own (reused from chunk to chunk, not cached) and decodes every asked-for sweep in it. Two threads
 * never wait for the same chunk, and a chunk is never decompressed twice. Sweeps outside any chunk
 * are read one by one.
 */
final class McapClouds {

  private McapClouds() {}

  /** Whether every sweep of {@code sweeps} is a sweep of {@code file} (else the default path). */
  static boolean handles(McapFile file, List<LidarSweep> sweeps) {
    for (LidarSweep s : sweeps) {
      if (!(s instanceof McapSweep m) || m.file() != file) {
        return false;
      }
    }
    return true;
  }

  static void read(
      McapFile file,
      List<LidarSweep> sweeps,
      PoseTrajectory trajectory,
      int threads,
      SweepSink sink)
      throws DriveLogException {
    List<int[]> groups = byChunk(sweeps);
    ParallelSweeps.run(
        groups.size(), threads, () -> new Reader(file, sweeps, groups, trajectory, sink));
  }

  /** The sweeps' positions grouped by chunk, in the order of first appearance. */
  private static List<int[]> byChunk(List<LidarSweep> sweeps) {
    Map<Integer, List<Integer>> chunks = new LinkedHashMap<>();
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < sweeps.size(); i++) {
      int chunk = ((McapSweep) sweeps.get(i)).ref().chunk();
      if (chunk < 0) {
        out.add(new int[] {i});
      } else {
        chunks.computeIfAbsent(chunk, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> g : chunks.values()) {
      out.add(g.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /** One reading thread: its buffers and the groups it takes. */
  private static final class Reader implements ParallelSweeps.Task, AutoCloseable {
    private final McapFile file;
    private final List<LidarSweep> sweeps;
    private final List<int[]> groups;
    private final PoseTrajectory trajectory;
    private final SweepSink sink;
    private final ChunkDecoder.Buffers buffers = new ChunkDecoder.Buffers();

    Reader(
        McapFile file,
        List<LidarSweep> sweeps,
        List<int[]> groups,
        PoseTrajectory trajectory,
        SweepSink sink) {
      this.file = file;
      this.sweeps = sweeps;
      this.groups = groups;
      this.trajectory = trajectory;
      this.sink = sink;
    }

    @Override
    public void run(int group) throws DriveLogException {
      int[] positions = groups.get(group);
      McapSweep first = (McapSweep) sweeps.get(positions[0]);
      int chunk = first.ref().chunk();
      if (chunk < 0) {
        sink.accept(positions[0], first.loadInWorld(trajectory));
        return;
      }
      byte[] records = file.chunkInto(chunk, buffers);
      int from = buffers.recordsFrom;
      int length = buffers.recordsLength;
      for (int p : positions) {
        McapSweep s = (McapSweep) sweeps.get(p);
        sink.accept(p, s.inWorld(file.readIn(s.ref(), records, from, length), trajectory));
      }
    }

    @Override
    public void close() {
      buffers.close();
    }
  }
}
