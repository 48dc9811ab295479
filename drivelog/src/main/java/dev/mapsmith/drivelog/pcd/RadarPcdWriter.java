package dev.mapsmith.drivelog.pcd;

import dev.mapsmith.drivelog.RadarPoints;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes radar returns as a binary PCD in the nuScenes radar layout (the fields and sizes of the
 * devkit's {@code RadarPointCloud}), so that {@link RadarPcd} and the nuScenes devkit read it: x y
 * z dyn_prop id rcs vx vy vx_comp vy_comp is_quality_valid ambig_state x_rms y_rms invalid_state
 * pdh0 vx_rms vy_rms. Returns are written valid (is_quality_valid 1, ambig_state 3, invalid_state
 * 0).
 */
public final class RadarPcdWriter {

  private static final String FIELDS =
      "x y z dyn_prop id rcs vx vy vx_comp vy_comp is_quality_valid ambig_state x_rms y_rms"
          + " invalid_state pdh0 vx_rms vy_rms";
  private static final String SIZES = "4 4 4 1 2 4 4 4 4 4 1 1 1 1 1 1 1 1";
  private static final String TYPES = "F F F I I F F F F F I I I I I I I I";
  private static final int STRIDE = 43;

  private RadarPcdWriter() {}

  /** The file's bytes. */
  public static byte[] bytes(RadarPoints p) {
    int n = p.size();
    String header =
        "# .PCD v0.7 - Point Cloud Data file format\nVERSION 0.7\nFIELDS "
            + FIELDS
            + "\nSIZE "
            + SIZES
            + "\nTYPE "
            + TYPES
            + "\nCOUNT 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1\nWIDTH "
            + n
            + "\nHEIGHT 1\nVIEWPOINT 0 0 0 1 0 0 0\nPOINTS "
            + n
            + "\nDATA binary\n";
    byte[] h = header.getBytes(StandardCharsets.US_ASCII);
    ByteBuffer b = ByteBuffer.allocate(h.length + n * STRIDE).order(ByteOrder.LITTLE_ENDIAN);
    b.put(h);
    for (int i = 0; i < n; i++) {
      b.putFloat(p.x()[i]).putFloat(p.y()[i]).putFloat(p.z()[i]);
      b.put(p.dynProp()[i]).putShort((short) i);
      b.putFloat(p.rcs()[i]).putFloat(p.vx()[i]).putFloat(p.vy()[i]);
      b.putFloat(p.vxComp()[i]).putFloat(p.vyComp()[i]);
      b.put((byte) 1).put((byte) 3).put((byte) 0).put((byte) 0); // valid, ambig 3, x/y rms
      b.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0); // invalid 0, pdh0, v rms
    }
    return b.array();
  }
}
