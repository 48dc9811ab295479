package dev.mapsmith.app.bench;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A benchmark's scratch copy of reconstructed primitives (one per line: id, class, attributes,
 * confidence, points), so that a benchmark that tunes a later stage reconstructs each drive once.
 * Not a project format: provenance and review state are not kept.
 */
final class PrimitiveTsv {

  private PrimitiveTsv() {}

  static void write(Path file, List<Primitive> prims) throws IOException {
    StringBuilder b = new StringBuilder();
    for (Primitive p : prims) {
      b.append(p.id()).append('\t').append(p.mapClass().key()).append('\t');
      p.attributes().asMap().forEach((k, v) -> b.append(k).append('=').append(v).append(';'));
      b.append('\t').append(p.confidence()).append('\t');
      Polyline g = p.geometry();
      for (int i = 0; i < g.size(); i++) {
        b.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f ", g.x(i), g.y(i), g.z(i)));
      }
      b.append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, b);
  }

  static List<Primitive> read(Path file, Provenance provenance) throws IOException {
    List<Primitive> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String[] f = line.split("\t", -1);
      Map<String, String> attrs = new LinkedHashMap<>();
      for (String kv : f[2].split(";")) {
        if (!kv.isEmpty()) {
          attrs.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
      }
      List<Point3> pts = new ArrayList<>();
      for (String p : f[4].trim().split(" ")) {
        String[] c = p.split(",");
        pts.add(
            new Point3(
                Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2])));
      }
      out.add(
          new Primitive(
              Long.parseLong(f[0]),
              MapClass.fromKey(f[1]),
              Polyline.of(pts),
              Attributes.of(attrs),
              ReviewState.AUTO,
              Double.parseDouble(f[3]),
              provenance));
    }
    return out;
  }
}
