package dev.mapsmith.labeling;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelations;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.labeling.edit.ReplaceAutomatic;
import dev.mapsmith.labeling.edit.lanes.LaneEditRules;
import dev.mapsmith.labeling.edit.lanes.ReplaceAutomaticLanes;
import java.util.ArrayList;
import java.util.List;

/**
 * Small lane graphs for tests: a straight two-lane road along +x, both lanes driving +x, cut into
 * pieces of {@code step} metres; the right lane between y = 0 and 3.5, the left between 3.5 and 7
 * (the middle line dashed, shared by both lanes).
 */
public final class TestLanes {

  private TestLanes() {}

  public static final double WIDTH = 3.5;

  /** The road from x0 in {@code pieces} pieces of {@code step} m, relations read from shapes. */
  public static LaneGraph road(FrameOfReference frame, double x0, int pieces, double step) {
    List<LineString> lines = new ArrayList<>();
    List<Lanelet> lanelets = new ArrayList<>();
    long id = 1;
    Attributes edge = Attributes.of("type", "road_border");
    Attributes dashed = Attributes.of("type", "line_thin", "subtype", "dashed");
    for (int k = 0; k < pieces; k++) {
      double a = x0 + k * step, b = a + step;
      LineString right = new LineString(id++, line(a, b, 0), edge);
      LineString middle = new LineString(id++, line(a, b, WIDTH), dashed);
      LineString left = new LineString(id++, line(a, b, 2 * WIDTH), edge);
      lines.addAll(List.of(right, middle, left));
      lanelets.add(lanelet(id++, middle.id(), right.id()));
      lanelets.add(lanelet(id++, left.id(), middle.id()));
    }
    LaneGraph g = new LaneGraph(frame, lines, lanelets, List.of(), List.of());
    return LaneRelations.derived(g, RelationTolerances.defaults());
  }

  public static Lanelet lanelet(long id, long left, long right) {
    return new Lanelet(
        id,
        BoundRef.of(left),
        BoundRef.of(right),
        Attributes.of("subtype", "road", "one_way", "yes"),
        0.7,
        TestMaps.recon());
  }

  /** A straight line from (a, y) to (b, y), a vertex every metre. */
  public static Polyline line(double a, double b, double y) {
    int n = (int) Math.round(Math.abs(b - a)) + 1;
    double[] xyz = new double[3 * n];
    for (int i = 0; i < n; i++) {
      xyz[3 * i] = a + (b - a) * i / (n - 1);
      xyz[3 * i + 1] = y;
    }
    return Polyline.of(xyz);
  }

  /** Writes {@code g} into the project as reconstruction does (fresh ids, automatic). */
  public static void insert(Project p, LaneGraph g) {
    Bounds2 area = new Bounds2(-1e6, -1e6, 1e6, 1e6);
    p.execute(
        new ReplaceAutomaticLanes(
            new ReplaceAutomatic(area, List.of(), "lanes"), g, LaneEditRules.defaults()));
  }

  /**
   * Adds {@code g} to a project that holds {@code before} without replacing it (the area is {@code
   * g}'s own extent, where nothing was).
   */
  public static void insertBeside(Project p, LaneGraph g, ProjectLanes before) {
    Bounds2 area = Bounds2.EMPTY;
    for (LineString l : g.lines()) {
      area = area.union(l.geometry().bounds());
    }
    p.execute(
        new ReplaceAutomaticLanes(
            new ReplaceAutomatic(area, List.of(), "more lanes"), g, LaneEditRules.defaults()));
  }

  /** The id of the lanelet whose centerline passes nearest (x, y). */
  public static long at(ProjectLanes lanes, double x, double y) {
    long best = -1;
    double bestD = Double.MAX_VALUE;
    for (Lanelet l : lanes.graph().lanelets()) {
      Polyline c = lanes.centerline(l.id());
      double d = dev.mapsmith.core.geom.Polylines.distanceTo2d(c, x, y);
      if (d < bestD) {
        bestD = d;
        best = l.id();
      }
    }
    return best;
  }
}
