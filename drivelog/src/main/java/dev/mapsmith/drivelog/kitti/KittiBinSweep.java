package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SweepFile;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.joml.Matrix4d;

/**
 * One KITTI {@code .bin} sweep: little-endian float32 x, y, z, reflectance per point, in the lidar
 * frame. The file is memory-mapped only while it loads. A point with a non-finite coordinate makes
 * the load fail with its byte offset.
 */
public final class KittiBinSweep extends SweepFile {

  /** Points mapped at a time (1 GiB), so a sweep over 2 GiB reads too. */
  private static final int WINDOW_POINTS = 1 << 26;

  public KittiBinSweep(int index, long timestampNs, Path file, RigidTransform sensorToVehicle) {
    super(index, timestampNs, "velodyne", file, sensorToVehicle);
  }

  /** Why a .bin file of this size cannot be a sweep, or null when it can. */
  public static String sizeProblem(long size) {
    if (size % 16 != 0) {
      return "size "
          + size
          + " bytes is not a multiple of 16 (float32 x, y, z, reflectance); truncated record at byte offset "
          + (size - size % 16);
    }
    if (size / 16 > Integer.MAX_VALUE) {
      return "too many points: " + size / 16;
    }
    return null;
  }

  /** The file size over 16 bytes per point; nothing is read. */
  @Override
  public long pointCount() throws DriveLogException {
    return InputFiles.size(file()) / 16;
  }

  @Override
  public PointCloud load() throws DriveLogException {
    return read(null);
  }

  @Override
  public PointCloud loadInWorld(PoseTrajectory trajectory) throws DriveLogException {
    Matrix4d m = trajectory.at(timestampNs()).compose(sensorToVehicle()).toMatrix();
    return read(
        new double[] {
          m.m00(), m.m10(), m.m20(), m.m30(), m.m01(), m.m11(), m.m21(), m.m31(), m.m02(), m.m12(),
          m.m22(), m.m32()
        });
  }

  private PointCloud read(double[] matrix) throws DriveLogException {
    try (FileChannel ch = InputFiles.open(file())) {
      long size = ch.size();
      String problem = sizeProblem(size);
      if (problem != null) {
        throw new DriveLogException(file(), "byte offset " + (size - size % 16), problem);
      }
      int n = (int) (size / 16);
      InputFiles.requireMemory(file(), "", size, n + " points");
      PointCloud out = PointCloud.allocate(n, false);
      for (int first = 0; first < n; first += WINDOW_POINTS) {
        int count = Math.min(WINDOW_POINTS, n - first);
        MappedByteBuffer mapped = ch.map(FileChannel.MapMode.READ_ONLY, 16L * first, 16L * count);
        FloatBuffer floats = mapped.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        int bad = BinDecoder.decode(floats, first, count, matrix, out);
        if (bad >= 0) {
          throw nonFinite(floats, first, bad);
        }
      }
      return out;
    } catch (IOException e) {
      if (e instanceof DriveLogException d) {
        throw d;
      }
      throw new DriveLogException(file(), "", "cannot read lidar sweep: " + e, e);
    }
  }

  private DriveLogException nonFinite(FloatBuffer floats, int first, int bad) {
    int k = bad - first;
    int comp =
        !Float.isFinite(floats.get(4 * k)) ? 0 : !Float.isFinite(floats.get(4 * k + 1)) ? 1 : 2;
    return new DriveLogException(
        file(),
        "byte offset " + (16L * bad + 4L * comp),
        "point " + bad + " has a non-finite " + "xyz".charAt(comp) + " coordinate");
  }
}
