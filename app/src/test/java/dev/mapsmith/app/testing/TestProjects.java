package dev.mapsmith.app.testing;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Small real project files (SQLite, through the labeling module) for UI tests. */
public final class TestProjects {

  private TestProjects() {}

  /**
   * A project with three lane dividers 3.5 m apart, 40 m long, 5 vertices each, in review state
   * AUTO. They are test input written by hand (method "test-fixture"), not reconstruction output.
   */
  public static Path threeDividers(Path file) {
    return threeDividers(file, new NamedLocalFrame("TEST"));
  }

  /** The same three dividers in the given frame (a local ENU frame for georeferenced exports). */
  public static Path threeDividers(Path file, dev.mapsmith.core.frame.FrameOfReference frame) {
    try (Project p = Project.create(file, frame)) {
      Provenance prov = new Provenance("test-fixture", "1", "", List.of(), "test", Instant.EPOCH);
      List<Primitive> list =
          List.of(
              divider(p.nextId(), 0, prov),
              divider(p.nextId() + 1, 3.5, prov),
              divider(p.nextId() + 2, 7, prov));
      p.insertAll(list, "test fixture");
    }
    return file;
  }

  /**
   * A project with {@code count} dividers (as {@link #threeDividers}) laid out in rows of 100, 50 m
   * apart along x and 3.5 m apart along y: a large project for scale tests and benchmarks.
   */
  public static Path grid(Path file, int count) {
    try (Project p = Project.create(file, new NamedLocalFrame("TEST"))) {
      Provenance prov = new Provenance("test-fixture", "1", "", List.of(), "test", Instant.EPOCH);
      List<Primitive> list = new java.util.ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        list.add(divider(i + 1, 50 * (i % 100), 3.5 * (i / 100), prov));
      }
      p.insertAll(list, "test fixture");
    }
    return file;
  }

  private static Primitive divider(long id, double y, Provenance prov) {
    return divider(id, 0, y, prov);
  }

  private static Primitive divider(long id, double x0, double y, Provenance prov) {
    double[] xyz = new double[15];
    for (int i = 0; i < 5; i++) {
      xyz[3 * i] = x0 + 10 * i;
      xyz[3 * i + 1] = y;
      xyz[3 * i + 2] = 0.1;
    }
    return new Primitive(
        id,
        MapClass.DIVIDER,
        Polyline.of(xyz),
        Attributes.of("color", "white"),
        ReviewState.AUTO,
        0.9,
        prov);
  }

  /** The map as it is in the file now, read without a lock while the app holds it open. */
  public static LaneMap readBack(Path file) {
    try (Project p = Project.open(file, OpenOptions.READ_ONLY)) {
      return p.snapshot();
    }
  }
}
