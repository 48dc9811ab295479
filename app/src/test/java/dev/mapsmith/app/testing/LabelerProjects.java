package dev.mapsmith.app.testing;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written project for the labeler's UI tests, every primitive automatic (method
 * "test-fixture"). Lines run along x, vertices every 10 m or so:
 *
 * <ul>
 *   <li>{@link #A}: solid divider, y = 0, x 0..40
 *   <li>{@link #B}: solid divider, y = 0, x 41..81 (1 m after A's end)
 *   <li>{@link #C}: boundary, y = 4, x 41..81
 *   <li>{@link #D}: dashed divider, y = -4, x 41..81
 *   <li>{@link #E}: solid divider, y = 12, x 60..100 (23 m from A's end)
 *   <li>{@link #P}: a crosswalk polygon, x 10..20, y 8..14
 * </ul>
 */
public final class LabelerProjects {

  public static final int A = 0, B = 1, C = 2, D = 3, E = 4, P = 5;

  private LabelerProjects() {}

  /** Writes the project; returns the ids in the order A, B, C, D, E, P. */
  public static List<Long> write(Path file) {
    try (Project p = Project.create(file, new NamedLocalFrame("TEST"))) {
      long first = p.nextId();
      List<Primitive> list = new ArrayList<>();
      list.add(line(first, MapClass.DIVIDER, "solid", 0, 0, 40));
      list.add(line(first + 1, MapClass.DIVIDER, "solid", 41, 0, 81));
      list.add(line(first + 2, MapClass.BOUNDARY, null, 41, 4, 81));
      list.add(line(first + 3, MapClass.DIVIDER, "dashed", 41, -4, 81));
      list.add(line(first + 4, MapClass.DIVIDER, "solid", 60, 12, 100));
      list.add(
          primitive(
              first + 5,
              MapClass.PED_CROSSING,
              Attributes.EMPTY,
              new double[] {10, 8, 0.1, 20, 8, 0.1, 20, 14, 0.1, 10, 14, 0.1}));
      p.insertAll(list, "test fixture");
      return list.stream().map(Primitive::id).toList();
    }
  }

  private static Primitive line(
      long id, MapClass c, String pattern, double x0, double y, double x1) {
    double[] xyz = new double[15];
    for (int i = 0; i < 5; i++) {
      xyz[3 * i] = x0 + (x1 - x0) * i / 4;
      xyz[3 * i + 1] = y;
      xyz[3 * i + 2] = 0.1;
    }
    Attributes a = pattern == null ? Attributes.EMPTY : Attributes.of("subtype", pattern);
    return primitive(id, c, a, xyz);
  }

  private static Primitive primitive(long id, MapClass c, Attributes a, double[] xyz) {
    Provenance prov = new Provenance("test-fixture", "1", "", List.of(), "test", Instant.EPOCH);
    return new Primitive(id, c, Polyline.of(xyz), a, ReviewState.AUTO, 0.9, prov);
  }
}
