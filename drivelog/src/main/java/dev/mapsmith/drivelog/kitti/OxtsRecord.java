package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.drivelog.DriveLogException;
import java.nio.file.Path;

/**
 * One OXTS line of 30 values, in the order of KITTI's {@code dataformat.txt}: lat, lon, alt, roll,
 * pitch, yaw, vn, ve, vf, vl, vu, ax, ay, az, af, al, au, wx, wy, wz, wf, wl, wu, pos_accuracy,
 * vel_accuracy, navstat, numsats, posmode, velmode, orimode. Angles in radians; yaw 0 = east,
 * counter-clockwise.
 */
public record OxtsRecord(double[] values) {

  public static final int FIELDS = 30;

  public OxtsRecord {
    if (values.length != FIELDS) {
      throw new IllegalArgumentException("an OXTS record has 30 values, not " + values.length);
    }
    values = values.clone();
  }

  /** Parses the first line of an OXTS data file. */
  public static OxtsRecord parse(Path file, String line) throws DriveLogException {
    String[] parts = line.trim().split("\\s+");
    if (parts.length != FIELDS) {
      throw new DriveLogException(
          file, "line 1", "expected 30 space-separated OXTS values, found " + parts.length);
    }
    double[] v = new double[FIELDS];
    for (int i = 0; i < FIELDS; i++) {
      try {
        v[i] = Double.parseDouble(parts[i]);
      } catch (NumberFormatException e) {
        throw new DriveLogException(
            file, "line 1, value " + (i + 1), "'" + parts[i] + "' is not a number");
      }
      if (i < 6 && !Double.isFinite(v[i])) {
        throw new DriveLogException(file, "line 1, value " + (i + 1), "is not finite");
      }
    }
    if (Math.abs(v[0]) > 90 || Math.abs(v[1]) > 180) {
      throw new DriveLogException(file, "line 1", "lat/lon out of range: " + v[0] + ", " + v[1]);
    }
    return new OxtsRecord(v);
  }

  public double lat() {
    return values[0];
  }

  public double lon() {
    return values[1];
  }

  public double alt() {
    return values[2];
  }

  public double roll() {
    return values[3];
  }

  public double pitch() {
    return values[4];
  }

  public double yaw() {
    return values[5];
  }

  /** Forward velocity, m/s. */
  public double vf() {
    return values[8];
  }

  /** Angular rate about the vertical axis, rad/s. */
  public double wz() {
    return values[19];
  }

  public double posAccuracy() {
    return values[23];
  }

  public double numsats() {
    return values[26];
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OxtsRecord r && java.util.Arrays.equals(values, r.values);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(values);
  }
}
