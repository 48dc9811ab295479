package dev.mapsmith.drivelog.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small Lanelet2 maps written by hand for tests: a two-lane road along +x in two pieces, lanes y
 * 0..3.5 (lanelets 100, 102) and 3.5..7 (101, 103), dashed between them in the first piece, with
 * local coordinates only. Nodes: {@code 1..3} at x 0, {@code 4..6} at x 10, {@code 7..9} at x 20 (y
 * 0, 3.5, 7). Ways 11-13 run x 0..10, 14-16 x 10..20. Text pieces can be replaced to break it.
 */
final class CraftedMaps {

  private CraftedMaps() {}

  static String node(long id, double x, double y) {
    return "  <node id='"
        + id
        + "'><tag k='local_x' v='"
        + x
        + "'/><tag k='local_y' v='"
        + y
        + "'/><tag k='ele' v='0'/></node>\n";
  }

  static String way(long id, String subtype, long... nodes) {
    StringBuilder b = new StringBuilder("  <way id='" + id + "'>");
    for (long n : nodes) {
      b.append("<nd ref='").append(n).append("'/>");
    }
    return b.append("<tag k='type' v='line_thin'/><tag k='subtype' v='")
        .append(subtype)
        .append("'/></way>\n")
        .toString();
  }

  static String lanelet(long id, long left, long right) {
    return "  <relation id='"
        + id
        + "'><member type='way' ref='"
        + left
        + "' role='left'/><member type='way' ref='"
        + right
        + "' role='right'/><tag k='type' v='lanelet'/><tag k='subtype' v='road'/>"
        + "<tag k='speed_limit' v='50'/></relation>\n";
  }

  static String road() {
    StringBuilder b = new StringBuilder("<?xml version='1.0'?>\n<osm version='0.6'>\n");
    double[] ys = {0, 3.5, 7};
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < 3; i++) {
        b.append(node(1 + 3L * k + i, 10 * k, ys[i]));
      }
    }
    b.append(way(11, "solid", 1, 4)).append(way(12, "dashed", 2, 5)).append(way(13, "solid", 3, 6));
    b.append(way(14, "solid", 4, 7)).append(way(15, "solid", 5, 8)).append(way(16, "solid", 6, 9));
    b.append(lanelet(100, 12, 11)).append(lanelet(101, 13, 12));
    b.append(lanelet(102, 15, 14)).append(lanelet(103, 16, 15));
    return b.append("</osm>\n").toString();
  }

  static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
