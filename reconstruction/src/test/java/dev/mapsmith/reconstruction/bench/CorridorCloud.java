package dev.mapsmith.reconstruction.bench;

import dev.mapsmith.drivelog.PointCloud;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A labelled synthetic road corridor for benchmarks: a gently sloped and rolling ground 200 m × 60
 * m (ground), with parked cars (boxes), poles and building walls (not ground). Written as a binary
 * PCD (x y z intensity, float32) so PCL reads the same cloud.
 */
final class CorridorCloud {

  final PointCloud cloud;
  final boolean[] isGround;

  CorridorCloud(int n, long seed) {
    Random r = new Random(seed);
    cloud = PointCloud.allocate(n, false);
    isGround = new boolean[n];
    for (int i = 0; i < n; i++) {
      double x = 200 * r.nextDouble(), y = -30 + 60 * r.nextDouble();
      double g = 0.02 * x + 0.3 * Math.sin(x / 25) + (Math.abs(y) > 7 ? 0.15 : 0);
      double z = g + 0.02 * r.nextGaussian();
      int kind = r.nextInt(10);
      boolean ground = true;
      if (kind == 0) { // a car: boxes every 12 m along both kerbs
        double cx = Math.floor(x / 12) * 12 + 6, cy = y < 0 ? -5.5 : 5.5;
        x = cx - 2.2 + 4.4 * r.nextDouble();
        y = cy - 0.9 + 1.8 * r.nextDouble();
        z = 0.02 * x + 0.3 * Math.sin(x / 25) + 0.3 + 1.2 * r.nextDouble();
        ground = false;
      } else if (kind == 1) { // walls at |y| = 25 and poles every 20 m
        boolean wall = r.nextBoolean();
        if (wall) {
          y = y < 0 ? -25 : 25;
          z = g + 6 * r.nextDouble();
        } else {
          x = Math.floor(x / 20) * 20 + 0.1 * r.nextGaussian();
          y = (y < 0 ? -8 : 8) + 0.1 * r.nextGaussian();
          z = g + 0.3 + 5 * r.nextDouble();
        }
        ground = false;
      }
      cloud.x()[i] = (float) x;
      cloud.y()[i] = (float) y;
      cloud.z()[i] = (float) z;
      cloud.intensity()[i] = (float) r.nextDouble();
      isGround[i] = ground;
    }
  }

  void writePcd(Path file) throws IOException {
    int n = cloud.size();
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
      out.writeBytes(
          "# .PCD v0.7 - Point Cloud Data file format\nVERSION 0.7\nFIELDS x y z intensity\n"
              + "SIZE 4 4 4 4\nTYPE F F F F\nCOUNT 1 1 1 1\nWIDTH "
              + n
              + "\nHEIGHT 1\n"
              + "VIEWPOINT 0 0 0 1 0 0 0\nPOINTS "
              + n
              + "\nDATA binary\n");
      ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < n; i++) {
        b.clear();
        b.putFloat(cloud.x()[i])
            .putFloat(cloud.y()[i])
            .putFloat(cloud.z()[i])
            .putFloat(cloud.intensity()[i]);
        out.write(b.array());
      }
    }
  }
}
