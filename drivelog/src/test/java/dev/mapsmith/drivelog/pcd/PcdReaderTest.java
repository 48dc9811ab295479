package dev.mapsmith.drivelog.pcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.Fixtures;
import dev.mapsmith.drivelog.PointCloud;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcdReaderTest {

  @TempDir Path dir;

  @Test
  void readsAsciiFixture() throws Exception {
    Path f = Fixtures.require("pcd/lamppost_ascii.pcd");
    PointCloud c = PcdReader.read(f);
    assertThat(c.size()).isEqualTo(1771);
    assertThat(c.x()[1]).isEqualTo(-10.015625f);
    assertThat(c.z()[2]).isEqualTo(0.10300064f);
  }

  @Test
  void readsBinaryCompressedFixtureAsADrive() throws Exception {
    Path f = Fixtures.require("pcd/car6_binary_compressed.pcd");
    try (DriveLog d = DriveLogs.open(f)) {
      assertThat(d.metadata().format()).isEqualTo("pcd");
      assertThat(d.sweeps()).hasSize(1);
      PointCloud c = d.sweeps().get(0).load();
      assertThat(c.size()).isEqualTo(10031);
      for (int i = 0; i < c.size(); i++) {
        assertThat(Math.abs(c.x()[i]) + Math.abs(c.y()[i]) + Math.abs(c.z()[i])).isLessThan(1000);
      }
      // written back as plain binary, the points read the same
      Path bin = dir.resolve("car6_binary.pcd");
      writeBinary(bin, c);
      PointCloud back = PcdReader.read(bin);
      assertThat(back.x()).isEqualTo(c.x());
      assertThat(back.z()).isEqualTo(c.z());
    }
  }

  @Test
  void corruptLzfNamesTheByteOffset() throws Exception {
    byte[] good = Files.readAllBytes(Fixtures.require("pcd/car6_binary_compressed.pcd"));
    int data = PcdReader.header(Fixtures.require("pcd/car6_binary_compressed.pcd")).dataOffset();
    byte[] bad = good.clone();
    // a back reference that points before the output start, right at the first control byte
    bad[data + 8] = (byte) 0xff;
    bad[data + 9] = (byte) 0xff;
    bad[data + 10] = (byte) 0xff;
    Path f = dir.resolve("corrupt.pcd");
    Files.write(f, bad);
    assertThatThrownBy(() -> PcdReader.read(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("corrupt.pcd")
        .hasMessageContaining("byte offset " + (data + 8))
        .hasMessageContaining("LZF");
    // PCL pads the file; cut inside the compressed block itself
    int comp = ByteBuffer.wrap(good, data, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    byte[] cut = java.util.Arrays.copyOf(good, data + 8 + comp - 100);
    Path g = dir.resolve("cut.pcd");
    Files.write(g, cut);
    assertThatThrownBy(() -> PcdReader.read(g))
        .hasMessageContaining("cut.pcd")
        .hasMessageContaining("byte offset " + data);
  }

  @Test
  void asciiAndHeaderErrorsNameTheLine() throws Exception {
    Path f = dir.resolve("a.pcd");
    Files.writeString(
        f,
        "VERSION 0.7\nFIELDS x y z intensity\nSIZE 4 4 4 1\nTYPE F F F U\nCOUNT 1 1 1 1\n"
            + "WIDTH 2\nHEIGHT 1\nPOINTS 2\nDATA ascii\n1 2 3 255\n4 five 6 0\n");
    assertThatThrownBy(() -> PcdReader.read(f))
        .hasMessageContaining("a.pcd")
        .hasMessageContaining("line 11");
    Files.writeString(f, Files.readString(f).replace("five", "5"));
    PointCloud c = PcdReader.read(f);
    assertThat(c.intensity()).containsExactly(1f, 0f);
    Files.writeString(f, "VERSION 0.7\nFIELDS x y z\nSIZE 4 4 4\nTYPE F Q F\n");
    assertThatThrownBy(() -> PcdReader.read(f))
        .hasMessageContaining("line 4")
        .hasMessageContaining("'Q'");
  }

  static void writeBinary(Path f, PointCloud c) throws Exception {
    String header =
        "VERSION 0.7\nFIELDS x y z\nSIZE 4 4 4\nTYPE F F F\nCOUNT 1 1 1\nWIDTH "
            + c.size()
            + "\nHEIGHT 1\nVIEWPOINT 0 0 0 1 0 0 0\nPOINTS "
            + c.size()
            + "\nDATA binary\n";
    byte[] h = header.getBytes(StandardCharsets.US_ASCII);
    ByteBuffer b = ByteBuffer.allocate(h.length + 12 * c.size()).order(ByteOrder.LITTLE_ENDIAN);
    b.put(h);
    for (int i = 0; i < c.size(); i++) {
      b.putFloat(c.x()[i]).putFloat(c.y()[i]).putFloat(c.z()[i]);
    }
    Files.write(f, b.array());
  }
}
