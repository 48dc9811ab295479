package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.lanelet.BoundRef;
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
import dev.mapsmith.labeling.edit.ReplaceAutomatic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reconstruction written into a project with its lane graph, as one undoable edit: the primitives
 * as {@link ReplaceAutomatic} does, and the lanelets by the same rule (decision 0150): automatic
 * lanelets (review state {@code auto}, not drawn by hand) whose centerline's bounds have their
 * centre in {@code primitives.area()} are removed with the lines and regulatory elements only they
 * used, and {@code built}'s lanelets, lines and regulatory elements are added with fresh ids, in
 * review state {@code auto}. Lanelets a person touched stay; the relations of the new ones are read
 * from their shapes, also to the lanelets kept.
 */
public record ReplaceAutomaticLanes(
    ReplaceAutomatic primitives, LaneGraph built, LaneEditRules rules) implements LaneCommand {

  @Override
  public String description() {
    return primitives.description();
  }

  /** The ids of the lanelets this edit would remove from {@code lanes}. */
  public List<Long> replaced(ProjectLanes lanes) {
    List<Long> out = new ArrayList<>();
    for (Lanelet l : lanes.graph().lanelets()) {
      if (lanes.review(l.id()) == ReviewState.AUTO
          && !l.provenance().drawnByHand()
          && inside(lanes.centerline(l.id()).bounds())) {
        out.add(l.id());
      }
    }
    return out;
  }

  @Override
  public Change plan(MapView map, ProjectLanes lanes, EditContext ctx) {
    Change prims = primitives.plan(map, ctx);
    LaneGraph g = lanes.graph();
    Set<Long> gone = new HashSet<>(replaced(lanes));
    List<Lanelet> lanelets = new ArrayList<>();
    g.lanelets().stream().filter(l -> !gone.contains(l.id())).forEach(lanelets::add);
    List<RegulatoryElement> regs = new ArrayList<>();
    for (RegulatoryElement r : g.regulations()) {
      List<Long> left = r.lanelets().stream().filter(id -> !gone.contains(id)).toList();
      if (!left.isEmpty()) {
        regs.add(new RegulatoryElement(r.id(), r.kind(), r.refLine(), left));
      }
    }
    Map<Long, Long> ids = new HashMap<>();
    List<LineString> added = new ArrayList<>();
    for (LineString l : built.lines()) {
      ids.put(l.id(), ctx.newId());
      added.add(new LineString(ids.get(l.id()), l.geometry(), l.attributes()));
    }
    Set<Long> fresh = new HashSet<>();
    for (Lanelet l : built.lanelets()) {
      long id = ctx.newId();
      ids.put(l.id(), id);
      fresh.add(id);
      lanelets.add(
          new Lanelet(
              id,
              moved(l.left(), ids),
              moved(l.right(), ids),
              l.attributes(),
              l.confidence(),
              l.provenance()));
    }
    for (RegulatoryElement r : built.regulations()) {
      List<Long> governed = r.lanelets().stream().map(ids::get).toList();
      regs.add(new RegulatoryElement(ctx.newId(), r.kind(), ids.get(r.refLine()), governed));
    }
    List<LineString> lines = usedLines(g, lanelets, regs);
    lines.addAll(added);
    ProjectLanes after =
        LaneEdits.rebuilt(lanes, lines, lanelets, regs, fresh, rules.relations(), ReviewState.AUTO);
    if (!built.relations().isEmpty()) {
      after = withBuiltRelations(after, ids);
    }
    return new Change(prims.entries(), after);
  }

  /** Adds the builder's own relations between new lanelets where the shapes did not show them. */
  private ProjectLanes withBuiltRelations(ProjectLanes after, Map<Long, Long> ids) {
    List<LaneRelation> rel = new ArrayList<>(after.graph().relations());
    Set<LaneRelation> have = new HashSet<>(rel);
    for (LaneRelation r : built.relations()) {
      LaneRelation m =
          new LaneRelation(ids.get(r.from()), ids.get(r.to()), r.kind(), r.laneChange());
      if (have.add(m)) {
        rel.add(m);
      }
    }
    return new ProjectLanes(after.graph().withRelations(rel), after.review());
  }

  private static BoundRef moved(BoundRef b, Map<Long, Long> ids) {
    return new BoundRef(ids.get(b.lineId()), b.inverted());
  }

  /** The lines of {@code g} that a remaining lanelet or regulatory element still uses. */
  private static List<LineString> usedLines(
      LaneGraph g, List<Lanelet> lanelets, List<RegulatoryElement> regs) {
    Set<Long> used = new HashSet<>();
    for (Lanelet l : lanelets) {
      used.add(l.left().lineId());
      used.add(l.right().lineId());
    }
    regs.forEach(r -> used.add(r.refLine()));
    List<LineString> out = new ArrayList<>();
    g.lines().stream().filter(l -> used.contains(l.id())).forEach(out::add);
    return out;
  }

  private boolean inside(Bounds2 b) {
    Bounds2 area = primitives.area();
    return !b.isEmpty() && area.contains((b.minX() + b.maxX()) / 2, (b.minY() + b.maxY()) / 2);
  }
}
