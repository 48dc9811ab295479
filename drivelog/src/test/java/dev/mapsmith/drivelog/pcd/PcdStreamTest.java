package dev.mapsmith.drivelog.pcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.NearPoints;
import dev.mapsmith.drivelog.PointCloud;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A binary PCD streams a piece at a time (a map larger than the heap), and a caller that keeps only
 * the points near the sensor ({@link NearPoints}) gets exactly those, in file order.
 */
class PcdStreamTest {

  @TempDir Path dir;

  @Test
  void piecesInFileOrderHoldWhatReadHolds() throws Exception {
    Path f = dir.resolve("map.pcd");
    write(f, 2_500, 60, 7, -1);
    PointCloud all = PcdReader.read(f);
    List<PointCloud> pieces = new ArrayList<>();
    PcdReader.stream(f, 1_000, pieces::add);
    assertThat(pieces).extracting(PointCloud::size).containsExactly(1_000, 1_000, 500);
    for (int p = 0, i = 0; p < pieces.size(); p++) {
      PointCloud c = pieces.get(p);
      assertThat(c.time()).isNotNull();
      for (int k = 0; k < c.size(); k++, i++) {
        assertThat(new float[] {c.x()[k], c.y()[k], c.z()[k], c.intensity()[k], c.time()[k]})
            .containsExactly(all.x()[i], all.y()[i], all.z()[i], all.intensity()[i], all.time()[i]);
      }
    }
  }

  @Test
  void aBadPointInALaterPieceIsNamedByItsPlaceInTheFile() throws Exception {
    Path f = dir.resolve("nan.pcd");
    write(f, 2_500, 60, 7, 1_700);
    assertThatThrownBy(() -> PcdReader.stream(f, 1_000, c -> {}))
        .hasMessageContaining("nan.pcd")
        .hasMessageContaining("point 1700,")
        .hasMessageContaining("non-finite x");
  }

  @Test
  void nearPointsOfAStreamedDriveAreThoseWithinTheRadiusInOrder() throws Exception {
    Path f = dir.resolve("map.pcd");
    write(f, 5_000, 60, 11, -1);
    PointCloud all = PcdReader.read(f);
    try (DriveLog d = PcdDrive.open(f, 700)) {
      NearPoints.Loaded near = NearPoints.load(d.sweeps().get(0), d.trajectory(), 5, -3, 20);
      assertThat(near.read()).isEqualTo(5_000);
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        double dx = all.x()[i] - 5, dy = all.y()[i] + 3;
        if (dx * dx + dy * dy <= 20 * 20) {
          expected.add(i);
        }
      }
      assertThat(expected.size()).isBetween(300, 4_000);
      PointCloud kept = near.points();
      assertThat(kept.size()).isEqualTo(expected.size());
      for (int k = 0; k < kept.size(); k++) {
        int i = expected.get(k);
        assertThat(kept.x()[k]).isEqualTo(all.x()[i]);
        assertThat(kept.y()[k]).isEqualTo(all.y()[i]);
        assertThat(kept.z()[k]).isEqualTo(all.z()[i]);
        assertThat(kept.intensity()[k]).isEqualTo(all.intensity()[i]);
        assertThat(kept.time()[k]).isEqualTo(all.time()[i]);
      }
    }
  }

  @Test
  void aSweepOfOnePieceComesBackWhole() throws Exception {
    Path f = dir.resolve("small.pcd");
    write(f, 3_000, 60, 5, -1);
    try (DriveLog d = PcdDrive.open(f)) {
      NearPoints.Loaded near = NearPoints.load(d.sweeps().get(0), d.trajectory(), 0, 0, 1);
      assertThat(near.points().size()).isEqualTo(3_000);
      assertThat(near.read()).isEqualTo(3_000);
    }
  }

  @Test
  void keptPointsOverTheBudgetAreRefusedNamingTheFile() throws Exception {
    Path f = dir.resolve("dense.pcd");
    write(f, 200_000, 1, 3, -1);
    String before = System.getProperty(InputFiles.BUDGET_PROPERTY);
    System.setProperty(InputFiles.BUDGET_PROPERTY, "2");
    try (DriveLog d = PcdDrive.open(f, 10_000)) {
      assertThatThrownBy(() -> NearPoints.load(d.sweeps().get(0), d.trajectory(), 0, 0, 30))
          .hasMessageContaining("dense.pcd")
          .hasMessageContaining("within 30.0 m of the sensor")
          .hasMessageContaining("per-file budget of 2 MiB");
    } finally {
      if (before == null) {
        System.clearProperty(InputFiles.BUDGET_PROPERTY);
      } else {
        System.setProperty(InputFiles.BUDGET_PROPERTY, before);
      }
    }
  }

  /**
   * A binary PCD of {@code n} points x y z (float), intensity (uint8) and t (float), spread over a
   * square of {@code side} metres; point {@code nanAt} (if not -1) has x NaN.
   */
  static void write(Path f, int n, double side, long seed, int nanAt) throws Exception {
    String header =
        "VERSION 0.7\nFIELDS x y z intensity t\nSIZE 4 4 4 1 4\nTYPE F F F U F\nCOUNT 1 1 1 1 1\n"
            + "WIDTH "
            + n
            + "\nHEIGHT 1\nVIEWPOINT 0 0 0 1 0 0 0\nPOINTS "
            + n
            + "\nDATA binary\n";
    byte[] h = header.getBytes(StandardCharsets.US_ASCII);
    ByteBuffer b = ByteBuffer.allocate(h.length + 17 * n).order(ByteOrder.LITTLE_ENDIAN);
    b.put(h);
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      float x = (float) ((r.nextDouble() - 0.5) * side);
      b.putFloat(i == nanAt ? Float.NaN : x)
          .putFloat((float) ((r.nextDouble() - 0.5) * side))
          .putFloat((float) r.nextGaussian())
          .put((byte) r.nextInt(256))
          .putFloat(i * 1e-5f);
    }
    Files.write(f, b.array());
  }
}
