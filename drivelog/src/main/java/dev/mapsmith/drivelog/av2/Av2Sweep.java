package dev.mapsmith.drivelog.av2;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PointClouds;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SweepFile;
import java.nio.file.Path;
import java.util.List;

/**
 * One Argoverse 2 lidar sweep ({@code sensors/lidar/<timestamp_ns>.feather}): x, y, z as float16 in
 * the ego-vehicle frame, intensity (uint8, scaled to [0, 1]), laser_number, offset_ns. The points
 * are already in the vehicle frame, so sensor-to-vehicle is the identity; the world pose is the
 * city_SE3_egovehicle pose at the sweep's timestamp. offset_ns is kept as per-point time but not
 * used for de-skewing (AV2 publishes sweeps already motion-compensated to the sweep time).
 */
public final class Av2Sweep extends SweepFile {

  public static final List<String> COLUMNS =
      List.of("x", "y", "z", "intensity", "laser_number", "offset_ns");

  public Av2Sweep(int index, long timestampNs, Path file) {
    super(index, timestampNs, "lidar", file, RigidTransform.IDENTITY);
  }

  /** The row count from the Arrow record-batch metadata; no column is decompressed. */
  @Override
  public long pointCount() throws DriveLogException {
    return Feather.rowCount(file());
  }

  @Override
  public PointCloud load() throws DriveLogException {
    PointCloud[] holder = new PointCloud[1];
    PointCloud out =
        Feather.readExact(
            file(),
            COLUMNS,
            rows -> holder[0] = allocate(rows),
            (batch, first) -> {
              PointCloud c = holder[0];
              Columns.floats(file(), Columns.vector(file(), batch, "x"), c.x(), first);
              Columns.floats(file(), Columns.vector(file(), batch, "y"), c.y(), first);
              Columns.floats(file(), Columns.vector(file(), batch, "z"), c.z(), first);
              Columns.floats(
                  file(), Columns.vector(file(), batch, "intensity"), c.intensity(), first);
              Columns.floats(file(), Columns.vector(file(), batch, "offset_ns"), c.time(), first);
            });
    int n = out.size();
    float[] t = out.time(), in = out.intensity();
    for (int i = 0; i < n; i++) {
      t[i] *= 1e-9f;
      in[i] *= 1 / 255f;
    }
    int bad = PointClouds.firstNonFinite(out);
    if (bad >= 0) {
      throw new DriveLogException(file(), "row " + bad, "point has a non-finite coordinate");
    }
    return out;
  }

  private PointCloud allocate(long rows) throws DriveLogException {
    InputFiles.requireMemory(file(), "", rows * 20, rows + " points");
    if (rows > Integer.MAX_VALUE - 8) {
      throw new DriveLogException(file(), "", rows + " rows are more than one sweep holds");
    }
    return PointCloud.allocate((int) rows, true);
  }

  @Override
  public PointCloud loadInWorld(PoseTrajectory trajectory) throws DriveLogException {
    return PointClouds.transformInPlace(load(), trajectory.at(timestampNs()));
  }
}
