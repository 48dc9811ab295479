package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelations;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the lane graph of a drive from reconstructed lines (either method) and the drive's path:
 *
 * <ol>
 *   <li>the path is cut across every {@link LaneGraphConfig#stationStep()}; each cut finds the
 *       lines it meets and the lanes between them ({@link CutLanes}), lane counts smoothed;
 *   <li>runs of cuts with the same lanes are segments; each line between lanes becomes one line
 *       string through its hits, shared by the lanes on both sides, and a segment's lines start
 *       where the previous segment's ended, so the lanes join;
 *   <li>the driven lane runs with the drive; the others by the paint and the road's side ({@link
 *       Directions});
 *   <li>where the cuts find no lane (a junction, worn paint), a connecting lanelet with virtual
 *       bounds follows the path from the lane before to the lane after;
 *   <li>stretches driven twice are kept once ({@link Duplicates}); stop lines and crosswalks are
 *       attached ({@link Regulations}); relations are read from the shapes ({@link LaneRelations}).
 * </ol>
 */
public final class LaneGraphBuilder {

  private final LaneGraphConfig cfg;
  private final Provenance provenance;
  private final List<LineString> lines = new ArrayList<>();
  private final List<Lanelet> lanelets = new ArrayList<>();
  private long nextId = 1;

  private LaneGraphBuilder(LaneGraphConfig cfg, Provenance provenance) {
    this.cfg = cfg;
    this.provenance = provenance;
  }

  /**
   * The lane graph of {@code primitives} (dividers and road edges bound lanes; stop lines and
   * crosswalks become regulatory elements) along {@code path}, the drive's positions in driving
   * order, all in {@code frame}.
   */
  public static LaneGraph build(
      List<Primitive> primitives,
      Polyline path,
      FrameOfReference frame,
      Provenance provenance,
      LaneGraphConfig cfg) {
    return build(primitives, List.of(path), frame, provenance, cfg);
  }

  /**
   * As {@link #build(List, Polyline, FrameOfReference, Provenance, LaneGraphConfig)}, for drives.
   */
  public static LaneGraph build(
      List<Primitive> primitives,
      List<Polyline> paths,
      FrameOfReference frame,
      Provenance provenance,
      LaneGraphConfig cfg) {
    LaneGraphBuilder b = new LaneGraphBuilder(cfg, provenance);
    for (Polyline path : paths) {
      if (path.size() >= 2) {
        b.lanes(primitives, path);
      }
    }
    List<Lanelet> kept = Duplicates.dropped(b.lanelets, b.lines, cfg);
    List<LineString> used = usedLines(b.lines, kept);
    Regulations regs = new Regulations(cfg, b.nextId);
    LaneGraph g = new LaneGraph(frame, used, kept, List.of(), List.of());
    g = regs.attach(g, primitives);
    return LaneRelations.derived(g, cfg.relations());
  }

  private void lanes(List<Primitive> primitives, Polyline path) {
    List<Station> stations = Station.along(path, cfg.stationStep(), cfg.extend());
    CrossSectionScan scan = new CrossSectionScan(primitives, cfg);
    List<List<Hit>> hits = new ArrayList<>(stations.size());
    for (Station s : stations) {
      hits.add(new ArrayList<>(scan.hits(s)));
    }
    GapBridging.apply(stations, hits, cfg);
    List<CutLanes> cuts = new ArrayList<>(stations.size());
    for (List<Hit> h : hits) {
      cuts.add(CutLanes.of(h, cfg));
    }
    Smoothing.apply(cuts, cfg.smoothStations());
    Built previous = null;
    for (Segment seg : Segment.runs(cuts, cfg.minPaintRun())) {
      int gap = previous == null ? Integer.MAX_VALUE : seg.from() - previous.seg.to() - 1;
      boolean joined = gap <= cfg.bridgeCuts();
      Built built = segment(seg, cuts, stations, joined ? previous : null);
      if (built == null) {
        continue;
      }
      if (previous != null && !joined) {
        connector(previous, built, stations);
      }
      previous = built;
    }
  }

  /** A built segment: its lines by boundary index (0 and 1 bound the driven lane). */
  private record Built(Segment seg, Map<Integer, LineString> lines, int opposite) {}

  private Built segment(Segment seg, List<CutLanes> cuts, List<Station> stations, Built before) {
    Map<Integer, LineVotes> votes = new LinkedHashMap<>();
    Map<Integer, List<Point3>> points = new LinkedHashMap<>();
    for (int j = -seg.right(); j <= seg.left() + 1; j++) {
      List<Point3> pts = new ArrayList<>();
      Hit first = cuts.get(seg.from()).line(j);
      joinPoint(before, stations.get(seg.from()), first).ifPresent(pts::add);
      LineVotes v = new LineVotes();
      for (int i = seg.from(); i <= seg.to(); i++) {
        Hit h = cuts.get(i).line(j);
        v.add(h);
        pts.add(h.point());
      }
      if (pts.size() < 2) {
        return null;
      }
      votes.put(j, v);
      points.put(j, pts);
    }
    java.util.Set<Integer> unpainted = Junctions.unpaintedBounds(seg, votes);
    Map<Integer, LineString> made = new LinkedHashMap<>();
    points.forEach(
        (j, pts) -> {
          Attributes tags =
              unpainted.contains(j)
                  ? Attributes.of(Attributes.TYPE, "virtual")
                  : votes.get(j).tags();
          LineString l = new LineString(nextId++, Polyline.of(pts), tags);
          lines.add(l);
          made.put(j, l);
        });
    int opposite = Directions.firstOpposite(seg, votes);
    for (int k = -seg.right(); k <= seg.left(); k++) {
      LineString right = made.get(k), left = made.get(k + 1);
      double conf = (votes.get(k).confidence() + votes.get(k + 1).confidence()) / 2;
      Lanelet l =
          k >= opposite
              ? lanelet(new BoundRef(right.id(), true), new BoundRef(left.id(), true), conf, false)
              : lanelet(BoundRef.of(left.id()), BoundRef.of(right.id()), conf, k == 0);
      lanelets.add(l);
    }
    return new Built(seg, made, opposite);
  }

  /**
   * The last point of the previous segment's line that this line continues: behind the first cut by
   * at most the cuts between them, and as far across as this line's hit (within {@link
   * LaneGraphConfig#sameLine()}), so that both share it and the lanes join.
   */
  private java.util.Optional<Point3> joinPoint(Built before, Station at, Hit first) {
    if (before == null) {
      return java.util.Optional.empty();
    }
    double maxBehind = (cfg.bridgeCuts() + 1) * cfg.stationStep() + 0.5;
    Point3 best = null;
    double bestD = cfg.sameLine();
    for (LineString l : before.lines.values()) {
      Point3 end = l.geometry().point(l.geometry().size() - 1);
      double dx = end.x() - at.x(), dy = end.y() - at.y();
      double along = dx * at.hx() + dy * at.hy(), across = -dx * at.hy() + dy * at.hx();
      double d = Math.abs(across - first.offset());
      if (along <= 0.5 && along >= -maxBehind && d < bestD) {
        bestD = d;
        best = end;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private Lanelet lanelet(BoundRef left, BoundRef right, double confidence, boolean driven) {
    Attributes a =
        Attributes.of(
            "subtype",
            "road",
            "one_way",
            "yes",
            Lanelet.DIRECTION_SOURCE,
            driven ? Lanelet.DRIVEN : Lanelet.ROAD_SIDE);
    return new Lanelet(nextId++, left, right, a, Math.max(0, Math.min(1, confidence)), provenance);
  }

  /**
   * Lanelets along the path from the lanes of {@code a} to those of {@code b} ({@link
   * JunctionLanes}): the driven lane always, the lanes beside it too where the path goes straight
   * through.
   */
  private void connector(Built a, Built b, List<Station> stations) {
    Station sa = stations.get(a.seg.to()), sb = stations.get(b.seg.from());
    JunctionLanes lanes = JunctionLanes.of(a.seg, a.opposite, b.seg, b.opposite, sa, sb, cfg);
    Map<Integer, LineString> made = new LinkedHashMap<>();
    for (int j = lanes.lowest(); j <= lanes.highest() + 1; j++) {
      Polyline al = a.lines.get(j).geometry(), bl = b.lines.get(j).geometry();
      Point3 from = al.point(al.size() - 1), to = bl.point(0);
      double oa = sa.offsetOf(from), ob = sb.offsetOf(to);
      List<Point3> pts = new ArrayList<>();
      pts.add(from);
      int first = a.seg.to() + 1, last = b.seg.from() - 1;
      for (int i = first; i <= last; i++) {
        double t = (i - first + 1.0) / (last - first + 2.0);
        pts.add(stations.get(i).across((1 - t) * oa + t * ob));
      }
      pts.add(to);
      LineString l =
          new LineString(nextId++, Polyline.of(pts), Attributes.of(Attributes.TYPE, "virtual"));
      lines.add(l);
      made.put(j, l);
    }
    for (int k = lanes.lowest(); k <= lanes.highest(); k++) {
      LineString right = made.get(k), left = made.get(k + 1);
      lanelets.add(
          k >= a.opposite
              ? lanelet(
                  new BoundRef(right.id(), true),
                  new BoundRef(left.id(), true),
                  cfg.connectorConfidence(),
                  false)
              : lanelet(
                  BoundRef.of(left.id()),
                  BoundRef.of(right.id()),
                  cfg.connectorConfidence(),
                  k == 0));
    }
  }

  private static List<LineString> usedLines(List<LineString> lines, List<Lanelet> lanelets) {
    java.util.Set<Long> used = new java.util.HashSet<>();
    for (Lanelet l : lanelets) {
      used.add(l.left().lineId());
      used.add(l.right().lineId());
    }
    return lines.stream().filter(l -> used.contains(l.id())).toList();
  }
}
