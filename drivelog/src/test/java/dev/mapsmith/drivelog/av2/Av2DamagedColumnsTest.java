package dev.mapsmith.drivelog.av2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.Fixtures;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps whose feather columns are missing or extra are skipped with the file and column named. */
class Av2DamagedColumnsTest {

  @TempDir Path dir;

  @Test
  void missingAndExtraColumns() throws Exception {
    Path poses = Fixtures.require(Fixtures.AV2_LOG + "/city_SE3_egovehicle.feather");
    Path log = dir.resolve("log1");
    Files.createDirectories(log.resolve("sensors/lidar"));
    Files.copy(poses, log.resolve("city_SE3_egovehicle.feather"));
    long ts = Av2LogReader.readPoses(poses).get(0).timestampNs();
    List<String> all = new ArrayList<>(Av2Sweep.COLUMNS);
    write(log.resolve("sensors/lidar/" + ts + ".feather"), all);
    List<String> missing = new ArrayList<>(all);
    missing.remove("z");
    Path m = log.resolve("sensors/lidar/" + (ts + 1) + ".feather");
    write(m, missing);
    List<String> extra = new ArrayList<>(all);
    extra.add("ring");
    Path e = log.resolve("sensors/lidar/" + (ts + 2) + ".feather");
    write(e, extra);
    try (DriveLog d = DriveLogs.open(log)) {
      assertThat(d.sweeps()).hasSize(1);
      assertThat(d.sweeps().get(0).load().x()).containsExactly(1.5f, -2f);
      assertThat(d.skipped()).hasSize(2);
      assertThat(d.skipped().get(0).reason())
          .contains(m.toString())
          .contains("column z")
          .contains("missing column 'z'");
      assertThat(d.skipped().get(1).reason())
          .contains(e.toString())
          .contains("unexpected column 'ring'");
    }
    assertThatThrownBy(() -> new Av2Sweep(1, ts + 1, m).load())
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("missing column 'z'");
    Path garbage = log.resolve("sensors/lidar/" + (ts + 3) + ".feather");
    Files.writeString(garbage, "not arrow at all");
    try (DriveLog d = DriveLogs.open(log)) {
      assertThat(d.skipped().get(2).reason())
          .contains(garbage.toString())
          .contains("not a readable Arrow");
    }
  }

  static void write(Path f, List<String> columns) throws Exception {
    try (RootAllocator a = new RootAllocator()) {
      List<FieldVector> vs = new ArrayList<>();
      for (String c : columns) {
        FieldVector v =
            switch (c) {
              case "x", "y", "z" -> {
                Float2Vector h = new Float2Vector(c, a);
                h.allocateNew(2);
                h.setSafeWithPossibleTruncate(0, 1.5f);
                h.setSafeWithPossibleTruncate(1, -2f);
                yield h;
              }
              case "offset_ns" -> {
                BigIntVector b = new BigIntVector(c, a);
                b.allocateNew(2);
                b.set(0, 0);
                b.set(1, 1000);
                yield b;
              }
              default -> {
                UInt1Vector u = new UInt1Vector(c, a);
                u.allocateNew(2);
                u.set(0, 7);
                u.set(1, 200);
                yield u;
              }
            };
        v.setValueCount(2);
        vs.add(v);
      }
      try (VectorSchemaRoot root = new VectorSchemaRoot(vs);
          FileChannel ch =
              FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          ArrowFileWriter w = new ArrowFileWriter(root, null, ch)) {
        root.setRowCount(2);
        w.start();
        w.writeBatch();
        w.end();
      }
    }
  }
}
