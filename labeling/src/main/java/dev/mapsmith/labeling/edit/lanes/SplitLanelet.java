package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RegulatoryElement;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.edit.Change;
import dev.mapsmith.labeling.edit.EditContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cuts lanelet {@code id} across where its centerline passes nearest to {@code at}: it keeps the
 * piece before the cut and a new lanelet (same attributes, confidence, provenance) takes the piece
 * after, which follows it. Each bound line is cut there too, and a line is shared with the lanelet
 * beside it, so the cut runs on across the road: every lanelet that shares a cut line is cut as
 * well (neighbours stay neighbours, piece by piece). Refused when any piece would be shorter than
 * {@link LaneEditRules#minPiece()}, naming the lanelet.
 */
public record SplitLanelet(long id, Point3 at, LaneEditRules rules) implements LaneCommand {

  /** A cut never runs across more lanelets than this (a road is not that wide). */
  static final int MAX_LANELETS = 64;

  public SplitLanelet(long id, Point3 at) {
    this(id, at, LaneEditRules.defaults());
  }

  @Override
  public String description() {
    return "split lanelet " + id;
  }

  /** A cut line: its first piece keeps the line's id, the second gets {@code tailId}. */
  private record CutLine(LineCut cut, long tailId) {}

  @Override
  public Change plan(MapView map, ProjectLanes lanes, EditContext ctx) {
    LaneEdits.requireLane(lanes, id, "split");
    LaneGraph g = lanes.graph();
    Map<Long, CutLine> cuts = new LinkedHashMap<>();
    Map<Long, Long> tails = new LinkedHashMap<>(); // lanelet -> its new tail lanelet
    Deque<Lanelet> queue = new ArrayDeque<>(List.of(g.lanelet(id).orElseThrow()));
    Deque<Point3> where = new ArrayDeque<>(List.of(at));
    while (!queue.isEmpty()) {
      Lanelet l = queue.poll();
      Point3 p = where.poll();
      if (tails.containsKey(l.id())) {
        continue;
      }
      checkPieces(lanes, l, p);
      tails.put(l.id(), ctx.newId());
      if (tails.size() > MAX_LANELETS) {
        throw new IllegalArgumentException(
            "the cut runs across more than " + MAX_LANELETS + " lanelets; split fewer at a time");
      }
      for (BoundRef b : List.of(l.left(), l.right())) {
        if (cuts.containsKey(b.lineId())) {
          continue;
        }
        LineCut c = LineCut.of(g.line(b.lineId()).orElseThrow().geometry(), p.x(), p.y());
        if (c.fromEnds() < 0.01) {
          throw new IllegalArgumentException(
              "the cut misses line " + b.lineId() + " of lanelet " + l.id() + " (it ends there)");
        }
        cuts.put(b.lineId(), new CutLine(c, ctx.newId()));
        for (Lanelet other : LaneEdits.usersOf(g, b.lineId(), l.id())) {
          queue.add(other);
          where.add(c.at());
        }
      }
    }
    return Change.ofLanes(apply(lanes, cuts, tails));
  }

  private void checkPieces(ProjectLanes lanes, Lanelet l, Point3 p) {
    if (l.crosswalk()) {
      throw new IllegalArgumentException(
          "the cut would run into crosswalk lanelet " + l.id() + "; a crosswalk is not split");
    }
    Polyline centre = lanes.centerline(l.id());
    LineCut c = LineCut.of(centre, p.x(), p.y());
    if (c.fromEnds() < rules.minPiece()) {
      String who = l.id() == id ? "" : " (it shares a bound with the lanelets cut before it)";
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the cut is %.1f m from an end of lanelet %d%s; each piece needs %.1f m",
              c.fromEnds(),
              l.id(),
              who,
              rules.minPiece()));
    }
  }

  private ProjectLanes apply(ProjectLanes lanes, Map<Long, CutLine> cuts, Map<Long, Long> tails) {
    LaneGraph g = lanes.graph();
    List<LineString> lines = new ArrayList<>();
    for (LineString l : g.lines()) {
      CutLine c = cuts.get(l.id());
      if (c == null) {
        lines.add(l);
      } else {
        lines.add(new LineString(l.id(), c.cut().head(), l.attributes()));
        lines.add(new LineString(c.tailId(), c.cut().tail(), l.attributes()));
      }
    }
    List<Lanelet> lanelets = new ArrayList<>();
    List<RegulatoryElement> rules2 = new ArrayList<>(g.regulations());
    for (Lanelet l : g.lanelets()) {
      Long tail = tails.get(l.id());
      if (tail == null) {
        lanelets.add(l);
        continue;
      }
      lanelets.add(
          new Lanelet(
              l.id(),
              piece(l.left(), cuts, true),
              piece(l.right(), cuts, true),
              l.attributes(),
              l.confidence(),
              l.provenance()));
      lanelets.add(
          new Lanelet(
              tail,
              piece(l.left(), cuts, false),
              piece(l.right(), cuts, false),
              l.attributes(),
              l.confidence(),
              l.provenance()));
      rules2 = LaneEdits.renamed(rules2, l.id(), tail, true);
    }
    Set<Long> touched = new HashSet<>(tails.keySet());
    touched.addAll(tails.values());
    Map<Long, ReviewState> inherited = new LinkedHashMap<>(lanes.review());
    tails.forEach((head, tail) -> inherited.put(tail, lanes.review(head)));
    ProjectLanes before = new ProjectLanes(g, Map.of());
    ProjectLanes withTails =
        LaneEdits.rebuilt(
            before, lines, lanelets, rules2, touched, rules.relations(), ReviewState.CORRECTED);
    Map<Long, ReviewState> review = new LinkedHashMap<>();
    for (Lanelet l : withTails.graph().lanelets()) {
      ReviewState was = inherited.getOrDefault(l.id(), ReviewState.AUTO);
      review.put(
          l.id(),
          touched.contains(l.id()) && was == ReviewState.AUTO ? ReviewState.CORRECTED : was);
    }
    return new ProjectLanes(withTails.graph(), review);
  }

  /**
   * The bound of the piece before the cut ({@code head}) or after it: the line's first piece keeps
   * its id; a lanelet that runs against the line starts on the line's second piece.
   */
  private static BoundRef piece(BoundRef b, Map<Long, CutLine> cuts, boolean head) {
    CutLine c = cuts.get(b.lineId());
    boolean first = head != b.inverted();
    return new BoundRef(first ? b.lineId() : c.tailId(), b.inverted());
  }
}
