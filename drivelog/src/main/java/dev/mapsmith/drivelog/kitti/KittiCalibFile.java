package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One KITTI calibration file of {@code key: values} lines. Numeric keys keep their values and the
 * line they came from, so errors can name it; {@code calib_time} and other text keys are skipped.
 */
public final class KittiCalibFile {

  private final Path file;
  private final Map<String, double[]> values = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();

  private KittiCalibFile(Path file) {
    this.file = file;
  }

  public static KittiCalibFile read(Path file) throws DriveLogException {
    KittiCalibFile c = new KittiCalibFile(file);
    List<String> text = InputFiles.readLines(file, 1 << 20, "a calibration file");
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new DriveLogException(
            file, "line " + (i + 1), "expected 'key: values', got '" + line + "'");
      }
      String key = line.substring(0, colon).trim();
      if (key.equals("calib_time")) {
        continue;
      }
      String[] parts = line.substring(colon + 1).trim().split("\\s+");
      double[] v = new double[parts[0].isEmpty() ? 0 : parts.length];
      for (int k = 0; k < v.length; k++) {
        try {
          v[k] = Double.parseDouble(parts[k]);
        } catch (NumberFormatException e) {
          throw new DriveLogException(
              file,
              "line " + (i + 1),
              key + ": value " + (k + 1) + " '" + parts[k] + "' is not a number");
        }
        if (!Double.isFinite(v[k])) {
          throw new DriveLogException(
              file, "line " + (i + 1), key + ": value " + (k + 1) + " is not finite");
        }
      }
      c.values.put(key, v);
      c.lines.put(key, i + 1);
    }
    return c;
  }

  public Path file() {
    return file;
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** The values of {@code key}, which must number exactly {@code count}. */
  public double[] get(String key, int count) throws DriveLogException {
    double[] v = values.get(key);
    if (v == null) {
      throw new DriveLogException(file, "", "no '" + key + "' entry");
    }
    if (v.length != count) {
      throw new DriveLogException(
          file, "line " + lines.get(key), key + " has " + v.length + " values, expected " + count);
    }
    return v;
  }
}
