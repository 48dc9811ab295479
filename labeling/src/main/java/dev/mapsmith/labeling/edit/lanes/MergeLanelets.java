package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
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
import java.util.Map;
import java.util.Set;

/**
 * Joins lanelet {@code second} onto lanelet {@code first}, which it follows: {@code first} keeps
 * its id and reaches to {@code second}'s end, {@code second} is gone. Each pair of bound lines
 * becomes one line; a line is shared with the lanelet beside it, so that lanelet must be joined to
 * the one on the other line in the same way, and the merge runs on across the road ({@link
 * LineJoin}). Refused when {@code second} does not follow {@code first}, or when a lanelet on one
 * of the lines has no partner on the other (its bound would be cut), naming it.
 */
public record MergeLanelets(long first, long second, LaneEditRules rules) implements LaneCommand {

  public MergeLanelets(long first, long second) {
    this(first, second, LaneEditRules.defaults());
  }

  @Override
  public String description() {
    return "merge lanelet " + second + " into " + first;
  }

  @Override
  public Change plan(MapView map, ProjectLanes lanes, EditContext ctx) {
    if (first == second) {
      throw new IllegalArgumentException("lanelet " + first + " cannot be merged with itself");
    }
    LaneEdits.requireLane(lanes, first, "merge");
    LaneEdits.requireLane(lanes, second, "merge");
    LaneGraph g = lanes.graph();
    if (!g.successors(first).contains(second)) {
      throw new IllegalArgumentException(
          "lanelet " + second + " does not follow " + first + "; only successive lanelets merge");
    }
    Map<Long, Long> pairs = new LinkedHashMap<>(); // kept lanelet -> the one joined onto it
    LineJoin joins = new LineJoin(g, rules.maxSnap());
    Deque<long[]> queue = new ArrayDeque<>();
    queue.add(new long[] {first, second});
    while (!queue.isEmpty()) {
      long[] pq = queue.poll();
      if (pairs.containsKey(pq[0]) || pairs.containsValue(pq[1])) {
        continue;
      }
      pairs.put(pq[0], pq[1]);
      Lanelet p = g.lanelet(pq[0]).orElseThrow(), q = g.lanelet(pq[1]).orElseThrow();
      sides(g, joins, p, q, queue);
    }
    return Change.ofLanes(apply(lanes, pairs, joins));
  }

  /** Pairs the bound lines of {@code p} and {@code q} and queues the lanelets beside them. */
  private static void sides(
      LaneGraph g, LineJoin joins, Lanelet p, Lanelet q, Deque<long[]> queue) {
    List<long[]> lines =
        List.of(
            new long[] {p.left().lineId(), q.left().lineId()},
            new long[] {p.right().lineId(), q.right().lineId()});
    for (long[] ab : lines) {
      joins.pair(ab[0], ab[1], p.id(), q.id());
      for (Lanelet r : LaneEdits.usersOf(g, ab[0], p.id())) {
        queue.add(partner(g, r, ab[1], true));
      }
      for (Lanelet r : LaneEdits.usersOf(g, ab[1], q.id())) {
        queue.add(partner(g, r, ab[0], false));
      }
    }
  }

  /**
   * The pair {@code r} forms with the lanelet on {@code otherLine} that follows or precedes it
   * ({@code r} on the kept line when {@code rFirstLine}).
   */
  private static long[] partner(LaneGraph g, Lanelet r, long otherLine, boolean rFirstLine) {
    for (Lanelet s : LaneEdits.usersOf(g, otherLine, r.id())) {
      if (g.relations().contains(LaneRelation.successor(r.id(), s.id()))) {
        return new long[] {r.id(), s.id()};
      }
      if (g.relations().contains(LaneRelation.successor(s.id(), r.id()))) {
        return new long[] {s.id(), r.id()};
      }
    }
    throw new IllegalArgumentException(
        "lanelet "
            + r.id()
            + " shares line "
            + (rFirstLine ? "of the first" : "of the second")
            + " lanelet but no lanelet on line "
            + otherLine
            + " follows or precedes it; merge would cut its bound (merge or split it first)");
  }

  private ProjectLanes apply(ProjectLanes lanes, Map<Long, Long> pairs, LineJoin joins) {
    LaneGraph g = lanes.graph();
    List<LineString> lines = new ArrayList<>();
    for (LineString l : g.lines()) {
      if (!joins.dropped(l.id())) {
        lines.add(joins.joined(l));
      }
    }
    Set<Long> gone = new HashSet<>(pairs.values());
    List<Lanelet> lanelets = new ArrayList<>();
    List<RegulatoryElement> regs = new ArrayList<>(g.regulations());
    for (Lanelet l : g.lanelets()) {
      if (gone.contains(l.id())) {
        continue;
      }
      Long q = pairs.get(l.id());
      if (q == null) {
        lanelets.add(l);
        continue;
      }
      double conf = Math.min(l.confidence(), g.lanelet(q).orElseThrow().confidence());
      lanelets.add(
          new Lanelet(
              l.id(),
              joins.bound(l.left()),
              joins.bound(l.right()),
              l.attributes(),
              conf,
              l.provenance()));
      regs = LaneEdits.renamed(regs, q, l.id(), false);
    }
    Set<Long> touched = new HashSet<>(pairs.keySet());
    touched.addAll(gone);
    return LaneEdits.rebuilt(
        lanes, lines, lanelets, regs, touched, rules.relations(), ReviewState.CORRECTED);
  }
}
