package dev.mapsmith.drivelog.map.osm;

import java.math.BigDecimal;

/** Numbers as OSM files write them: plain decimal (no exponent), shortest exact form. */
public final class OsmNumbers {

  private OsmNumbers() {}

  /** {@code v} in the shortest plain decimal that reads back to the same double. */
  public static String format(double v) {
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    if (a >= 1e-3 && a < 1e7) {
      String s = Double.toString(v); // plain in this range, shortest round-trip digits
      return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
