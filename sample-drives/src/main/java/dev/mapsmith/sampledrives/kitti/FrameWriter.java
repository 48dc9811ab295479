package dev.mapsmith.sampledrives.kitti;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes one lidar sweep as KITTI's little-endian float32 (x, y, z, reflectance) records. */
public final class FrameWriter {

  private FrameWriter() {}

  public static void writeBin(Path dir, int index, float[] packed) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(packed.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(packed);
    Files.write(dir.resolve(name(index, "bin")), buf.array());
  }

  public static String name(int index, String ext) {
    return String.format(Locale.ROOT, "%010d.%s", index, ext);
  }
}
