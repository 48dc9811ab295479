package dev.mapsmith.core.lanelet;

import dev.mapsmith.core.frame.FrameOfReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable lane graph in a frame: line strings by id, lanelets by id, the relations between
 * lanelets and the regulatory elements. Ids are positive; line strings have their own ids, lanelets
 * and regulatory elements share one id space (both are relations in Lanelet2). Every reference
 * (bound, relation end, regulatory line or lanelet) must exist; the constructor refuses a graph
 * that breaks this, naming the element.
 */
public final class LaneGraph {

  private final FrameOfReference frame;
  private final Map<Long, LineString> lines;
  private final Map<Long, Lanelet> lanelets;
  private final List<LaneRelation> relations;
  private final List<RegulatoryElement> regulations;

  public LaneGraph(
      FrameOfReference frame,
      Collection<LineString> lines,
      Collection<Lanelet> lanelets,
      Collection<LaneRelation> relations,
      Collection<RegulatoryElement> regulations) {
    this.frame = Objects.requireNonNull(frame, "frame");
    Map<Long, LineString> ls = new LinkedHashMap<>();
    for (LineString l : lines) {
      if (ls.put(l.id(), l) != null) {
        throw new IllegalArgumentException("duplicate line string id " + l.id());
      }
    }
    Map<Long, Lanelet> ll = new LinkedHashMap<>();
    for (Lanelet l : lanelets) {
      if (ll.put(l.id(), l) != null) {
        throw new IllegalArgumentException("duplicate lanelet id " + l.id());
      }
      requireLine(ls, l.left().lineId(), "lanelet " + l.id() + " left bound");
      requireLine(ls, l.right().lineId(), "lanelet " + l.id() + " right bound");
    }
    for (LaneRelation r : relations) {
      if (!ll.containsKey(r.from()) || !ll.containsKey(r.to())) {
        throw new IllegalArgumentException(
            "relation " + r + " names a lanelet that is not in the graph");
      }
    }
    for (RegulatoryElement e : regulations) {
      if (ll.containsKey(e.id())) {
        throw new IllegalArgumentException(
            "regulatory element " + e.id() + " has the id of a lanelet");
      }
      requireLine(ls, e.refLine(), "regulatory element " + e.id());
      for (long id : e.lanelets()) {
        if (!ll.containsKey(id)) {
          throw new IllegalArgumentException(
              "regulatory element " + e.id() + " governs lanelet " + id + ", not in the graph");
        }
      }
    }
    this.lines = Collections.unmodifiableMap(ls);
    this.lanelets = Collections.unmodifiableMap(ll);
    this.relations = List.copyOf(relations);
    this.regulations = List.copyOf(regulations);
  }

  private static void requireLine(Map<Long, LineString> lines, long id, String who) {
    if (!lines.containsKey(id)) {
      throw new IllegalArgumentException(who + " is line string " + id + ", not in the graph");
    }
  }

  public FrameOfReference frame() {
    return frame;
  }

  public Collection<LineString> lines() {
    return lines.values();
  }

  public Collection<Lanelet> lanelets() {
    return lanelets.values();
  }

  public List<LaneRelation> relations() {
    return relations;
  }

  public List<RegulatoryElement> regulations() {
    return regulations;
  }

  public Optional<LineString> line(long id) {
    return Optional.ofNullable(lines.get(id));
  }

  public Optional<Lanelet> lanelet(long id) {
    return Optional.ofNullable(lanelets.get(id));
  }

  /** The ids of the lanelets that follow {@code id}, in relation order. */
  public List<Long> successors(long id) {
    return related(id, LaneRelation.Kind.SUCCESSOR, true);
  }

  /** The ids of the lanelets that {@code id} follows. */
  public List<Long> predecessors(long id) {
    return related(id, LaneRelation.Kind.SUCCESSOR, false);
  }

  /** The ids of the lanelets beside {@code id} on {@code side} (LEFT or RIGHT). */
  public List<Long> neighbours(long id, LaneRelation.Kind side) {
    return related(id, side, true);
  }

  /** The ids of the lanelets that cross {@code id} (the relation holds both ways). */
  public List<Long> conflicting(long id) {
    List<Long> out = new ArrayList<>(related(id, LaneRelation.Kind.CONFLICTING, true));
    out.addAll(related(id, LaneRelation.Kind.CONFLICTING, false));
    return out;
  }

  private List<Long> related(long id, LaneRelation.Kind kind, boolean forward) {
    List<Long> out = new ArrayList<>();
    for (LaneRelation r : relations) {
      if (r.kind() == kind && (forward ? r.from() : r.to()) == id) {
        out.add(forward ? r.to() : r.from());
      }
    }
    return out;
  }

  /** This graph with other relations, e.g. {@link LaneRelations#derive} of its lanelets. */
  public LaneGraph withRelations(Collection<LaneRelation> newRelations) {
    return new LaneGraph(frame, lines.values(), lanelets.values(), newRelations, regulations);
  }

  /**
   * This graph with every vertex converted into {@code target}; this graph itself when the frames
   * are equal.
   *
   * @throws dev.mapsmith.core.frame.FrameMismatchException when the frames cannot be related
   */
  public LaneGraph convertedTo(FrameOfReference target) {
    if (frame.equals(target)) {
      return this;
    }
    var convert = dev.mapsmith.core.frame.FrameAlignment.converter(frame, target);
    List<LineString> moved = new ArrayList<>(lines.size());
    for (LineString l : lines.values()) {
      List<dev.mapsmith.core.geom.Point3> pts = new ArrayList<>(l.geometry().size());
      for (int i = 0; i < l.geometry().size(); i++) {
        pts.add(convert.apply(l.geometry().point(i)));
      }
      moved.add(new LineString(l.id(), dev.mapsmith.core.geom.Polyline.of(pts), l.attributes()));
    }
    return new LaneGraph(target, moved, lanelets.values(), relations, regulations);
  }

  /** This graph with {@code l} replacing the lanelet of the same id. */
  public LaneGraph withLanelet(Lanelet l) {
    if (!lanelets.containsKey(l.id())) {
      throw new IllegalArgumentException("no lanelet " + l.id() + " to replace");
    }
    Map<Long, Lanelet> copy = new LinkedHashMap<>(lanelets);
    copy.put(l.id(), l);
    return new LaneGraph(frame, lines.values(), copy.values(), relations, regulations);
  }
}
