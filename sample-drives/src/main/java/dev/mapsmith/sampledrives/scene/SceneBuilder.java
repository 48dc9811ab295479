package dev.mapsmith.sampledrives.scene;

import dev.mapsmith.sampledrives.osm.OsmData;
import dev.mapsmith.sampledrives.world.Dressing;
import dev.mapsmith.sampledrives.world.LaneletShape;
import dev.mapsmith.sampledrives.world.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a ground-truth Lanelet2 map into a {@link Scene}: road surface from the lanelets, paint
 * from the line types (solid, dashed with the way's {@code dash_length}/{@code gap_length} or 3 m /
 * 6 m, double, stop lines, crosswalks by the style in their edge's subtype: zebra bars, ladder =
 * bars and edge lines, two_line = edge lines), raised sidewalks behind curbstones (0.15 m),
 * barriers on road borders, seeded surroundings, and the scenario's {@link Dressing}.
 */
public final class SceneBuilder {

  static final double CURB_HEIGHT = 0.15;
  static final double SIDEWALK = 3.0;
  static final double DASH = 3.0;
  static final double GAP = 6.0;

  private SceneBuilder() {}

  public static Scene build(Scenario scenario, long seed) {
    OsmData map = scenario.truth();
    double[] b = bounds(map, 60);
    List<List<double[]>> outlines = new ArrayList<>();
    PaintLayer.Builder paint = new PaintLayer.Builder();
    for (OsmData.Relation r : map.lanelets()) {
      LaneletShape shape = LaneletShape.of(map, r);
      outlines.add(shape.outline());
      if (r.tag("subtype").equals("crosswalk")) {
        crosswalk(map, r, shape, paint);
      }
    }
    RoadMask road = new RoadMask(outlines, b[0], b[1], b[2], b[3]);
    List<double[]> objects = new ArrayList<>();
    for (OsmData.Way way : map.ways().values()) {
      List<double[]> pts = points(map, way);
      switch (way.tag("type")) {
        case "line_thin", "line_thick" ->
            line(
                pts,
                way.tag("subtype"),
                way.tag("color").equals("yellow"),
                way.tag("type").equals("line_thick") ? 0.3 : 0.15,
                dashPattern(way),
                paint);
        case "stop_line" -> stripes(pts, 0, 0.4, null, false, paint);
        case "curbstone" -> wall(pts, road, SIDEWALK, CURB_HEIGHT, Material.CONCRETE, objects);
        case "road_border" -> wall(pts, road, 0.4, 0.8, Material.BARRIER, objects);
        default -> {}
      }
    }
    Surroundings.place(map, road, scenario.urban(), seed, objects);
    Dressing d = scenario.dressing();
    PaintLayer.Builder wear = new PaintLayer.Builder();
    PaintLayer.Builder cover = new PaintLayer.Builder();
    for (Dressing.Surface f : d.wear()) {
      wear.area(f.ax(), f.ay(), f.bx(), f.by(), f.width(), code(f.kind()));
    }
    for (Dressing.Surface f : d.cover()) {
      cover.area(f.ax(), f.ay(), f.bx(), f.by(), f.width(), code(f.kind()));
    }
    for (Dressing.Car c : d.parked()) {
      objects.add(
          new double[] {
            Scene.BOX,
            Material.CAR.ordinal(),
            c.x(),
            c.y(),
            Math.cos(c.heading()),
            Math.sin(c.heading()),
            c.length() / 2,
            c.width() / 2,
            Traffic.BOTTOM,
            Traffic.TOP
          });
    }
    return new Scene(
        objects,
        paint.build(b[0], b[1], b[2], b[3]),
        road,
        b,
        wear.build(b[0], b[1], b[2], b[3]),
        cover.build(b[0], b[1], b[2], b[3]),
        new Traffic(d.traffic()));
  }

  private static int code(Dressing.Kind k) {
    return switch (k) {
      case WORN -> Scene.WORN;
      case FADED -> Scene.FADED;
      case PATCH_DARK -> Scene.PATCH_DARK;
      case PATCH_LIGHT -> Scene.PATCH_LIGHT;
      case ASPHALT -> Scene.ASPHALT;
    };
  }

  /** The way's dash and gap lengths (metres), default 3 m / 6 m. */
  private static double[] dashPattern(OsmData.Way way) {
    return new double[] {
      positive(way.tag("dash_length"), DASH), positive(way.tag("gap_length"), GAP)
    };
  }

  private static double positive(String s, double fallback) {
    try {
      double v = Double.parseDouble(s);
      return v > 0 && Double.isFinite(v) ? v : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  static double[] bounds(OsmData map, double margin) {
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (OsmData.Node n : map.nodes().values()) {
      minX = Math.min(minX, n.x());
      minY = Math.min(minY, n.y());
      maxX = Math.max(maxX, n.x());
      maxY = Math.max(maxY, n.y());
    }
    return new double[] {minX - margin, minY - margin, maxX + margin, maxY + margin};
  }

  static List<double[]> points(OsmData map, OsmData.Way way) {
    List<double[]> pts = new ArrayList<>();
    for (long id : way.nodes()) {
      OsmData.Node n = map.nodes().get(id);
      pts.add(new double[] {n.x(), n.y()});
    }
    return pts;
  }

  private static void line(
      List<double[]> pts,
      String subtype,
      boolean yellow,
      double width,
      double[] dash,
      PaintLayer.Builder paint) {
    String[] parts = subtype.isEmpty() ? new String[] {"solid"} : subtype.split("_");
    if (parts.length == 1) {
      stripes(pts, 0, width, parts[0].equals("dashed") ? dash : null, yellow, paint);
    } else {
      stripes(pts, width * 0.75, width, parts[0].equals("dashed") ? dash : null, yellow, paint);
      stripes(pts, -width * 0.75, width, parts[1].equals("dashed") ? dash : null, yellow, paint);
    }
  }

  /**
   * Paints along a polyline at a left offset, solid ({@code dash} null) or dashed ({@code dash} =
   * {on, off} metres).
   */
  static void stripes(
      List<double[]> pts,
      double offset,
      double width,
      double[] dash,
      boolean yellow,
      PaintLayer.Builder paint) {
    boolean dashed = dash != null;
    double on = dashed ? dash[0] : 0, off = dashed ? dash[1] : 0;
    double along = 0;
    for (int i = 0; i + 1 < pts.size(); i++) {
      double[] a = pts.get(i), c = pts.get(i + 1);
      double len = Math.hypot(c[0] - a[0], c[1] - a[1]);
      if (len < 1e-9) {
        continue;
      }
      double ux = (c[0] - a[0]) / len, uy = (c[1] - a[1]) / len;
      double ox = -uy * offset, oy = ux * offset;
      if (!dashed) {
        paint.stripe(a[0] + ox, a[1] + oy, c[0] + ox, c[1] + oy, width, yellow);
      } else {
        double s = 0;
        while (s < len) {
          double phase = (along + s) % (on + off);
          double e =
              phase < on ? Math.min(len, s + on - phase) : Math.min(len, s + on + off - phase);
          if (phase < on) {
            paint.stripe(
                a[0] + ox + ux * s,
                a[1] + oy + uy * s,
                a[0] + ox + ux * e,
                a[1] + oy + uy * e,
                width,
                yellow);
          }
          s = e;
        }
      }
      along += len;
    }
  }

  /**
   * A crosswalk painted in the style named by its left edge's subtype: {@code zebra} (or none) =
   * bars, {@code ladder} = bars and both edges, {@code two_line} = both edges only.
   */
  private static void crosswalk(
      OsmData map, OsmData.Relation r, LaneletShape cw, PaintLayer.Builder paint) {
    String style =
        r.members().stream()
            .filter(m -> m.role().equals("left"))
            .map(m -> map.ways().get(m.ref()))
            .filter(w -> w != null)
            .map(w -> w.tag("subtype"))
            .findFirst()
            .orElse("");
    if (!style.equals("two_line")) {
      zebra(cw, paint);
    }
    if (style.equals("ladder") || style.equals("two_line")) {
      stripes(cw.left(), 0, 0.3, null, false, paint);
      stripes(cw.right(), 0, 0.3, null, false, paint);
    }
  }

  /** Zebra bars 0.5 m wide every 1 m, from the left bound across to the right bound. */
  private static void zebra(LaneletShape cw, PaintLayer.Builder paint) {
    List<double[]> left = cw.left(), right = cw.right();
    double len = 0;
    for (int i = 1; i < left.size(); i++) {
      len += Math.hypot(left.get(i)[0] - left.get(i - 1)[0], left.get(i)[1] - left.get(i - 1)[1]);
    }
    int bars = (int) Math.floor(len / 1.0);
    for (int k = 0; k < bars; k++) {
      double f = (k + 0.5) / bars;
      double[] a = interpolate(left, f), c = interpolate(right, f);
      paint.stripe(a[0], a[1], c[0], c[1], 0.5, false);
    }
  }

  private static double[] interpolate(List<double[]> pts, double f) {
    double total = 0;
    for (int i = 1; i < pts.size(); i++) {
      total += Math.hypot(pts.get(i)[0] - pts.get(i - 1)[0], pts.get(i)[1] - pts.get(i - 1)[1]);
    }
    double target = f * total, acc = 0;
    for (int i = 1; i < pts.size(); i++) {
      double[] a = pts.get(i - 1), c = pts.get(i);
      double d = Math.hypot(c[0] - a[0], c[1] - a[1]);
      if (acc + d >= target && d > 0) {
        double t = (target - acc) / d;
        return new double[] {a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])};
      }
      acc += d;
    }
    return pts.get(pts.size() - 1);
  }

  /**
   * A raised strip (sidewalk or barrier) {@code width} wide on the side of the line away from the
   * road, as one box per segment.
   */
  private static void wall(
      List<double[]> pts,
      RoadMask road,
      double width,
      double height,
      Material m,
      List<double[]> objects) {
    for (int i = 0; i + 1 < pts.size(); i++) {
      double[] a = pts.get(i), c = pts.get(i + 1);
      double len = Math.hypot(c[0] - a[0], c[1] - a[1]);
      if (len < 1e-6) {
        continue;
      }
      double ux = (c[0] - a[0]) / len, uy = (c[1] - a[1]) / len;
      double nx = -uy, ny = ux;
      double mx = (a[0] + c[0]) / 2, my = (a[1] + c[1]) / 2;
      boolean leftRoad = road.isRoad(mx + nx * 0.6, my + ny * 0.6);
      boolean rightRoad = road.isRoad(mx - nx * 0.6, my - ny * 0.6);
      double side = leftRoad && !rightRoad ? -1 : 1;
      double cx = mx + side * nx * width / 2, cy = my + side * ny * width / 2;
      objects.add(
          new double[] {
            Scene.BOX, m.ordinal(), cx, cy, ux, uy, len / 2 + 0.02, width / 2, -1, height
          });
    }
  }
}
