package dev.mapsmith.app.testing;

import dev.mapsmith.app.ops.ChangeRun;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import dev.mapsmith.reconstruction.changes.Evidence;
import dev.mapsmith.reconstruction.changes.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A hand-written change run on the {@link LabelerProjects} project, as a check of it against a
 * drive "d1" would give it: A moved 1 m to y = 1 (the drive saw x 10..30 of it), E removed, D's
 * pattern dashed -> solid, a new divider at y = -8 (x 0..30), the crosswalk P confirmed.
 */
public final class ChangeRuns {

  public static final int MOVED = 0, REMOVED = 1, PATTERN = 2, ADDED = 3, CONFIRMED = 4;

  private ChangeRuns() {}

  public static ChangeRun onLabelerProject(MapView map, List<Long> ids) {
    List<ChangeVerdict> v =
        List.of(
            verdict(
                map,
                ids.get(LabelerProjects.A),
                Verdict.MOVED,
                0.9,
                1.0,
                List.of(),
                line(10, 1, 30)),
            verdict(
                map, ids.get(LabelerProjects.E), Verdict.REMOVED, 0.8, Double.NaN, List.of(), null),
            verdict(
                map,
                ids.get(LabelerProjects.D),
                Verdict.ATTRIBUTE_CHANGED,
                0.7,
                Double.NaN,
                List.of("pattern: dashed -> solid"),
                line(41, -4, 81)),
            new ChangeVerdict(
                0,
                MapClass.DIVIDER,
                Verdict.ADDED,
                0.6,
                Double.NaN,
                List.of(),
                new Evidence(1, Double.NaN, Double.NaN, 0.9),
                List.of("d1"),
                null,
                line(0, -8, 30)),
            verdict(
                map,
                ids.get(LabelerProjects.P),
                Verdict.CONFIRMED,
                0.95,
                Double.NaN,
                List.of(),
                null));
    return new ChangeRun(
        "20261203-120000",
        Instant.parse("2026-12-03T12:00:00Z"),
        "classical",
        List.of("d1"),
        Map.of("match", 1.0),
        v);
  }

  private static ChangeVerdict verdict(
      MapView map,
      long id,
      Verdict kind,
      double conf,
      double disp,
      List<String> changed,
      Polyline found) {
    var p = map.get(id).orElseThrow();
    return new ChangeVerdict(
        id,
        p.mapClass(),
        kind,
        conf,
        disp,
        changed,
        new Evidence(0.9, 0.8, 0.1, 0.85),
        List.of("d1"),
        p.geometry(),
        found);
  }

  /** A line along x at height 0, every 5 m. */
  public static Polyline line(double x0, double y, double x1) {
    int n = (int) Math.round((x1 - x0) / 5) + 1;
    double[] xyz = new double[3 * n];
    for (int i = 0; i < n; i++) {
      xyz[3 * i] = x0 + (x1 - x0) * i / (n - 1);
      xyz[3 * i + 1] = y;
    }
    return Polyline.of(xyz);
  }
}
