package dev.mapsmith.drivelog.map.opendrive;

import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Converts an {@link OpenDriveMap} to a Lanelet2 {@link OsmDocument}. Each lane section is cut
 * where a road mark changes, and each piece gets one way per lane edge (shared by the lanes on
 * either side, tagged by {@link BoundaryTags}) and one lanelet per driving lane (left bound: the
 * edge nearer the reference line; ways run in the road's s direction, so a lanelet of a left lane
 * runs against its ways, as Lanelet2 allows). Line ends meeting within the join distance share a
 * node ({@link NodePool}), which links lanelets across sections, roads and junctions. Crosswalk
 * objects become crosswalk lanelets, stop-line signals and objects {@code stop_line} ways.
 */
public final class Lanelet2Converter {

  /** Road-mark changes closer than this (m) to a cut already made do not cut again. */
  private static final double MIN_PIECE = 1.0;

  private final OpenDriveMap map;
  private final OpenDriveOptions options;
  private final AdaptiveSampler sampler;
  private final OsmDocument.Builder doc = OsmDocument.builder();
  private final List<String> problems = new ArrayList<>();
  private NodePool nodes;
  private int lanelets;
  private int crosswalks;
  private int stopLines;

  /**
   * Heap a sampled point costs along the whole read (the sample, its node, tags and position, then
   * the copy {@code Lanelet2Maps.toLaneMap} makes and the lane map itself), with a margin: with the
   * per-file budget it bounds the points of one conversion. 512 was too little (a fuzzed file still
   * filled a 192 MB heap in the copy).
   */
  static final long BYTES_PER_POINT = 2048;

  private Lanelet2Converter(OpenDriveMap map, OpenDriveOptions options) {
    this.map = map;
    this.options = options;
    this.sampler =
        new AdaptiveSampler(
            options.sampleTolerance(),
            options.maxStep(),
            InputFiles.budgetBytes() / BYTES_PER_POINT);
  }

  public static OpenDriveConversion convert(OpenDriveMap map, OpenDriveOptions options) {
    return new Lanelet2Converter(map, options).run();
  }

  private OpenDriveConversion run() {
    problems.addAll(map.problems());
    GeoFrame frame = GeoFrame.of(map.geoReference(), bounds(), problems);
    nodes = new NodePool(doc, frame, options.joinDistance(), 1);
    for (Road road : map.roads()) {
      try {
        road(road);
      } catch (AdaptiveSampler.TooManySamples e) {
        throw new TooLarge(road.id(), e.limit());
      }
    }
    return done(frame);
  }

  /**
   * The converted map would need more points than the per-file memory budget allows; {@code road}
   * is where the limit was passed.
   */
  public static final class TooLarge extends RuntimeException {
    TooLarge(String road, long limit) {
      super(
          "road "
              + road
              + ": the converted map needs more than "
              + limit
              + " points, more than the per-file memory budget of "
              + (InputFiles.budgetBytes() >> 20)
              + " MiB allows (a geometry too long or too tightly curved for a road?)",
          null,
          false,
          false);
    }
  }

  private void road(Road road) {
    RoadFrame f = new RoadFrame(road);
    for (LaneSection section : road.sections()) {
      if (section.length() >= options.joinDistance()) {
        List<Double> cuts = cuts(section);
        for (int i = 0; i + 1 < cuts.size(); i++) {
          piece(f, section, cuts.get(i), cuts.get(i + 1));
        }
      }
    }
    for (RoadObject o : road.objects()) {
      object(f, o);
    }
    for (RoadSignal s : road.signals()) {
      if (s.isStopLine()) {
        signalStopLine(f, s);
      }
    }
  }

  private OpenDriveConversion done(GeoFrame frame) {
    return new OpenDriveConversion(
        doc.build(),
        frame.origin(),
        frame.georeferenced(),
        lanelets,
        crosswalks,
        stopLines,
        problems);
  }

  private double[] bounds() {
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (Road r : map.roads()) {
      int n = Math.max(1, (int) Math.ceil(r.length() / 10));
      for (int i = 0; i <= n; i++) {
        CurvePoint p = r.planView().at(r.length() * i / n);
        b[0] = Math.min(b[0], p.x());
        b[1] = Math.min(b[1], p.y());
        b[2] = Math.max(b[2], p.x());
        b[3] = Math.max(b[3], p.y());
      }
    }
    return b;
  }

  /** The section's start, end, and the road-mark changes in between (s, absolute). */
  private List<Double> cuts(LaneSection section) {
    TreeSet<Double> marks = new TreeSet<>();
    List<Lane> all = new ArrayList<>(section.left());
    all.add(section.center());
    all.addAll(section.right());
    for (Lane l : all) {
      for (RoadMark m : l.marks()) {
        marks.add(section.start() + m.sOffset());
      }
    }
    List<Double> cuts = new ArrayList<>(List.of(section.start()));
    for (double s : marks) {
      if (s >= cuts.get(cuts.size() - 1) + MIN_PIECE && s <= section.end() - MIN_PIECE) {
        cuts.add(s);
      }
    }
    cuts.add(section.end());
    return cuts;
  }

  private void piece(RoadFrame f, LaneSection sec, double a, double b) {
    boolean junction = f.road().inJunction();
    double ds = a - sec.start(), mid = (a + b) / 2;
    Lane l1 = sec.left().isEmpty() ? null : sec.left().get(0);
    Lane r1 = sec.right().isEmpty() ? null : sec.right().get(0);
    // the edge (per side) where a curb beyond a driving lane's edge stands, -1 for none
    int[] curbAt = {-1, -1};
    boolean centreBeyond = false;
    if (drivable(l1) != drivable(r1)) {
      int side = drivable(l1) ? 1 : 0;
      curbAt[side] = curbEdge(side == 0 ? sec.left() : sec.right(), 0, mid, ds);
      centreBeyond = curbAt[side] > 0;
    }
    Long centre =
        edge(
            f,
            sec,
            true,
            0,
            a,
            b,
            sec.center().markAt(ds),
            new BoundaryTags.Sides(l1, r1, junction, centreBeyond, false),
            drivable(l1) || drivable(r1));
    for (boolean left : new boolean[] {true, false}) {
      int side = left ? 0 : 1;
      List<Lane> lanes = left ? sec.left() : sec.right();
      Long inner = centre;
      for (int k = 1; k <= lanes.size(); k++) {
        Lane in = lanes.get(k - 1), out = k < lanes.size() ? lanes.get(k) : null;
        boolean beyond = false;
        if (drivable(in) && !drivable(out)) {
          curbAt[side] = curbEdge(lanes, k, mid, ds);
          beyond = curbAt[side] > k;
        }
        BoundaryTags.Sides sides =
            new BoundaryTags.Sides(in, out, junction, beyond, curbAt[side] == k);
        boolean used = drivable(in) || drivable(out);
        Long outer = edge(f, sec, left, k, a, b, in.markAt(ds), sides, used);
        if (drivable(in) && inner != null && outer != null && wideEnough(f, sec, left, k, a, b)) {
          lanelet(f.road(), in, a, inner, outer);
        }
        inner = outer;
      }
    }
  }

  /**
   * The edge where, going outward over the non-driving lanes from {@code lanes[from]}, a curb
   * stands within {@link OpenDriveOptions#curbReach()} at road s: the inner edge of a curb or
   * sidewalk lane, or an edge marked as a curb. -1 when there is none.
   */
  private int curbEdge(List<Lane> lanes, int from, double s, double ds) {
    double width = 0;
    for (int j = from; j < lanes.size() && !drivable(lanes.get(j)); j++) {
      Lane lane = lanes.get(j);
      if (BoundaryTags.curbLane(lane)) {
        return j;
      }
      width += lane.width().value(s);
      if (width > options.curbReach()) {
        return -1;
      }
      if (lane.markAt(ds).type().equals("curb")) {
        return j + 1;
      }
    }
    return -1;
  }

  private static boolean drivable(Lane lane) {
    return BoundaryTags.drivable(lane);
  }

  /** The way of edge k of a piece, or null when it is unpainted and bounds no lanelet. */
  private Long edge(
      RoadFrame f,
      LaneSection sec,
      boolean left,
      int k,
      double a,
      double b,
      RoadMark mark,
      BoundaryTags.Sides sides,
      boolean used) {
    Map<String, String> tags = BoundaryTags.line(mark, sides);
    if (!used && tags.get("type").equals("virtual")) {
      return null;
    }
    List<double[]> pts = new ArrayList<>();
    for (AdaptiveSampler.Sample s :
        sampler.sample(
            s -> f.point(s, f.edgeT(sec, left, k, s), 0), a, b, f.edgeBreaks(sec, left, k))) {
      pts.add(s.point());
    }
    List<Long> refs = nodes.line(pts);
    long id = nodes.nextId();
    doc.add(new OsmWay(id, refs, tags));
    BoundaryTags.extraBorder(mark, sides)
        .ifPresent(t -> doc.add(new OsmWay(nodes.nextId(), refs, t)));
    return id;
  }

  private boolean wideEnough(
      RoadFrame f, LaneSection sec, boolean left, int k, double a, double b) {
    for (int i = 0; i <= 8; i++) {
      double s = a + (b - a) * i / 8;
      if (Math.abs(f.edgeT(sec, left, k, s) - f.edgeT(sec, left, k - 1, s))
          >= options.minLaneWidth()) {
        return true;
      }
    }
    return false;
  }

  private void lanelet(Road road, Lane lane, double s, long left, long right) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("type", "lanelet");
    tags.put("subtype", "road");
    tags.put("location", "urban");
    tags.put("one_way", lane.type().equalsIgnoreCase("bidirectional") ? "no" : "yes");
    tags.put("odr_road", road.id());
    tags.put("odr_lane", Integer.toString(lane.id()));
    tags.put("odr_s", NodePool.fmt(s));
    if (road.inJunction()) {
      tags.put("odr_junction", road.junction());
    }
    doc.add(
        new OsmRelation(
            nodes.nextId(),
            List.of(new OsmMember("way", left, "left"), new OsmMember("way", right, "right")),
            tags));
    lanelets++;
  }

  private void object(RoadFrame f, RoadObject o) {
    String where = "road " + f.road().id() + " <object id=" + o.id() + " s=" + o.s() + ">";
    if (o.isCrosswalk()) {
      Optional<List<List<double[]>>> bounds =
          ObjectShapes.crosswalkBounds(ObjectShapes.corners(f, o), options.crosswalkBand());
      if (bounds.isEmpty()) {
        problems.add(
            where + ": a crosswalk needs an outline of 2 or 4+ corners or a size; skipped");
        return;
      }
      long l = line(bounds.get().get(0), Map.of("type", "pedestrian_marking"));
      long r = line(bounds.get().get(1), Map.of("type", "pedestrian_marking"));
      doc.add(
          new OsmRelation(
              nodes.nextId(),
              List.of(new OsmMember("way", l, "left"), new OsmMember("way", r, "right")),
              Map.of(
                  "type",
                  "lanelet",
                  "subtype",
                  "crosswalk",
                  "location",
                  "urban",
                  "one_way",
                  "no",
                  "odr_road",
                  f.road().id(),
                  "odr_object",
                  o.id())));
      crosswalks++;
    } else if (o.isStopLine()) {
      Optional<List<double[]>> line = ObjectShapes.stopLine(ObjectShapes.corners(f, o));
      if (line.isEmpty()) {
        problems.add(where + ": a stop line needs an outline or a size; skipped");
        return;
      }
      line(line.get(), Map.of("type", "stop_line", "color", "white"));
      stopLines++;
    }
  }

  /** A stop-line signal: across the driving lanes it faces, at its s. */
  private void signalStopLine(RoadFrame f, RoadSignal sig) {
    Road road = f.road();
    boolean left = sig.orientation().equals("-");
    LaneSection sec = road.sections().get(0);
    for (LaneSection candidate : road.sections()) {
      if (candidate.start() <= sig.s() + 1e-9) {
        sec = candidate;
      }
    }
    List<Lane> lanes = left ? sec.left() : sec.right();
    int last = 0;
    for (int k = 1; k <= lanes.size(); k++) {
      if (drivable(lanes.get(k - 1))) {
        last = k;
      }
    }
    if (last == 0) {
      problems.add(
          "road "
              + road.id()
              + " <signal id="
              + sig.id()
              + " s="
              + sig.s()
              + ">: a stop line with no driving lane on its side; skipped");
      return;
    }
    double s = Math.max(0, Math.min(road.length(), sig.s()));
    List<double[]> pts =
        List.of(
            f.point(s, f.edgeT(sec, left, 0, s), 0), f.point(s, f.edgeT(sec, left, last, s), 0));
    line(pts, Map.of("type", "stop_line", "color", "white"));
    stopLines++;
  }

  private long line(List<double[]> pts, Map<String, String> tags) {
    List<Long> refs = nodes.line(pts);
    long id = nodes.nextId();
    doc.add(new OsmWay(id, refs, tags));
    return id;
  }
}
