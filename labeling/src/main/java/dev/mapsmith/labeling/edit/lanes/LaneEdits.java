package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.LaneRelations;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RegulatoryElement;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.ProjectLanes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the lane commands share: lookups, and {@link #rebuilt}, which makes the graph after an edit
 * with the relations of the lanelets it touched read again from their shapes.
 */
final class LaneEdits {

  /** The value of {@link Lanelet#DIRECTION_SOURCE} once a person has turned a lanelet round. */
  static final String DIRECTION_SET_BY_HAND = "manual";

  private LaneEdits() {}

  static Lanelet require(ProjectLanes lanes, long id) {
    return lanes.lanelet(id).orElseThrow(() -> new IllegalArgumentException("no lanelet " + id));
  }

  /** Refuses crosswalk lanelets, which have no driving direction. */
  static Lanelet requireLane(ProjectLanes lanes, long id, String action) {
    Lanelet l = require(lanes, id);
    if (l.crosswalk()) {
      throw new IllegalArgumentException(
          "lanelet " + id + " is a crosswalk, which has no driving direction to " + action);
    }
    return l;
  }

  /** The lanelets (other than {@code except}) that have line {@code lineId} as a bound. */
  static List<Lanelet> usersOf(LaneGraph g, long lineId, long except) {
    List<Lanelet> out = new ArrayList<>();
    for (Lanelet l : g.lanelets()) {
      if (l.id() != except && (l.left().lineId() == lineId || l.right().lineId() == lineId)) {
        out.add(l);
      }
    }
    return out;
  }

  /** Lanelet {@code l}'s bound on line {@code lineId} (left or right). */
  static BoundRef boundOn(Lanelet l, long lineId) {
    return l.left().lineId() == lineId ? l.left() : l.right();
  }

  /**
   * The lanes after an edit: {@code lines}, {@code lanelets} and {@code rules} as given; the
   * relations of untouched lanelets kept as they were (a successor set or removed by hand stays
   * so); those of the {@code touched} lanelets read again from their shapes ({@link
   * LaneRelations}). Touched lanelets a person edits become {@code corrected}; removed ones lose
   * their state.
   */
  static ProjectLanes rebuilt(
      ProjectLanes before,
      Collection<LineString> lines,
      Collection<Lanelet> lanelets,
      Collection<RegulatoryElement> rules,
      Set<Long> touched,
      RelationTolerances tol,
      ReviewState touchedState) {
    Map<Long, Lanelet> byId = new LinkedHashMap<>();
    lanelets.forEach(l -> byId.put(l.id(), l));
    LaneGraph bare = new LaneGraph(before.graph().frame(), lines, lanelets, List.of(), rules);
    List<LaneRelation> relations = new ArrayList<>();
    for (LaneRelation r : before.graph().relations()) {
      boolean untouched = !touched.contains(r.from()) && !touched.contains(r.to());
      if (untouched && byId.containsKey(r.from()) && byId.containsKey(r.to())) {
        relations.add(r);
      }
    }
    for (LaneRelation r : LaneRelations.derive(bare, tol)) {
      if (touched.contains(r.from()) || touched.contains(r.to())) {
        relations.add(r);
      }
    }
    Map<Long, ReviewState> review = new HashMap<>();
    for (long id : byId.keySet()) {
      ReviewState was = before.review().get(id);
      if (touched.contains(id)) {
        review.put(id, was == null || was == ReviewState.AUTO ? touchedState : was);
      } else if (was != null) {
        review.put(id, was);
      }
    }
    return new ProjectLanes(bare.withRelations(relations), review);
  }

  /** {@code rules} with lanelet {@code from} replaced by {@code to} (or added beside it). */
  static List<RegulatoryElement> renamed(
      Collection<RegulatoryElement> rules, long from, long to, boolean keepFrom) {
    List<RegulatoryElement> out = new ArrayList<>();
    for (RegulatoryElement r : rules) {
      if (!r.lanelets().contains(from)) {
        out.add(r);
        continue;
      }
      List<Long> ids = new ArrayList<>();
      for (long id : r.lanelets()) {
        if (id != from || keepFrom) {
          ids.add(id);
        }
        if (id == from && !ids.contains(to)) {
          ids.add(to);
        }
      }
      out.add(
          new RegulatoryElement(r.id(), r.kind(), r.refLine(), ids.stream().distinct().toList()));
    }
    return out;
  }
}
