package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.EditResult;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.edit.EditCommand;
import dev.mapsmith.labeling.edit.lanes.MergeLanelets;
import dev.mapsmith.labeling.edit.lanes.RemoveSuccessor;
import dev.mapsmith.labeling.edit.lanes.ReverseLanelet;
import dev.mapsmith.labeling.edit.lanes.SetLaneletReview;
import dev.mapsmith.labeling.edit.lanes.SetSuccessor;
import dev.mapsmith.labeling.edit.lanes.SplitLanelet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project's lanelets in the window: which one is selected (picked in the top view, or from a
 * finding), its facts and relations as rows for the properties pane (successors, predecessors, left
 * and right neighbour with whether a lane change is allowed, conflicts), and the lane edits on it
 * (set or remove a successor, split, merge with its successor, reverse, review), which go through
 * the editor like every edit. An action that cannot run says why ({@link LogModel#refuse}).
 */
public final class LaneletViewModel {

  /** A click picks a lanelet whose centerline passes within this many metres. */
  static final double PICK_METRES = 2.0;

  private final LogModel log;
  private final Function<EditCommand, CompletableFuture<EditResult>> editor;
  private final ObjectProperty<ProjectLanes> lanes = new SimpleObjectProperty<>(this, "lanes");
  private final LongProperty selected = new SimpleLongProperty(this, "selected", 0);
  private final ObservableList<AttributeRow> rows = FXCollections.observableArrayList();
  private Point3 picked; // where the last pick was, for Split

  public LaneletViewModel(
      LogModel log, Function<EditCommand, CompletableFuture<EditResult>> editor) {
    this.log = log;
    this.editor = editor;
    lanes.addListener((o, a, b) -> refresh());
    selected.addListener((o, a, b) -> refresh());
  }

  /** The project's lanes (null without a project). */
  public ObjectProperty<ProjectLanes> lanesProperty() {
    return lanes;
  }

  /** The selected lanelet's id, 0 for none. */
  public LongProperty selectedProperty() {
    return selected;
  }

  /** The selected lanelet's facts and relations, for the properties pane. */
  public ObservableList<AttributeRow> rows() {
    return rows;
  }

  /** Whether {@code id} is a lanelet of the project. */
  public boolean isLanelet(long id) {
    return lanes.get() != null && lanes.get().lanelet(id).isPresent();
  }

  /** Selects the lanelet whose centerline passes nearest (x, y), within reach; false if none. */
  public boolean pick(double x, double y) {
    ProjectLanes l = lanes.get();
    long best = 0;
    double bestD = PICK_METRES;
    if (l != null) {
      for (Lanelet x0 : l.graph().lanelets()) {
        double d = Polylines.distanceTo2d(l.centerline(x0.id()), x, y);
        if (d < bestD) {
          bestD = d;
          best = x0.id();
        }
      }
    }
    picked = best == 0 ? null : new Point3(x, y, 0);
    selected.set(best);
    return best != 0;
  }

  /** Every lanelet's centerline in driving order, by id, for drawing. */
  public List<Polyline> centerlines() {
    ProjectLanes l = lanes.get();
    List<Polyline> out = new ArrayList<>();
    if (l != null) {
      l.graph().lanelets().forEach(x -> out.add(l.centerline(x.id())));
    }
    return out;
  }

  public CompletableFuture<EditResult> reverse() {
    long id = requireSelected("reverse");
    return id == 0 ? done() : editor.apply(new ReverseLanelet(id));
  }

  /** Splits the selected lanelet across the road where its centerline passes nearest {@code at}. */
  public CompletableFuture<EditResult> split(Point3 at) {
    long id = requireSelected("split");
    return id == 0 ? done() : editor.apply(new SplitLanelet(id, at));
  }

  /** Sets the selected lanelet's review state (verify, reject). */
  public CompletableFuture<EditResult> review(ReviewState state) {
    long id = requireSelected("review");
    return id == 0 ? done() : editor.apply(new SetLaneletReview(id, state));
  }

  /** Splits the selected lanelet where it was picked (clicked) in the top view. */
  public CompletableFuture<EditResult> splitAtPick() {
    if (picked == null && selected.get() != 0) {
      log.refuse("split: click the lanelet in the top view where it should be cut");
      return done();
    }
    return split(picked);
  }

  /** Merges the selected lanelet with its only successor. */
  public CompletableFuture<EditResult> mergeWithSuccessor() {
    long id = requireSelected("merge");
    if (id == 0) {
      return done();
    }
    List<Long> next = lanes.get().graph().successors(id);
    if (next.size() != 1) {
      log.refuse(
          "merge: lanelet "
              + id
              + (next.isEmpty()
                  ? " has no successor"
                  : " has " + next.size() + " successors " + next + "; merge needs exactly one"));
      return done();
    }
    return editor.apply(new MergeLanelets(id, next.get(0)));
  }

  /** Makes lanelet {@code to} follow the selected one. */
  public CompletableFuture<EditResult> setSuccessor(long to) {
    long id = requireSelected("set a successor");
    return id == 0 ? done() : editor.apply(new SetSuccessor(id, to));
  }

  /** Takes back that lanelet {@code to} follows the selected one. */
  public CompletableFuture<EditResult> removeSuccessor(long to) {
    long id = requireSelected("remove a successor");
    return id == 0 ? done() : editor.apply(new RemoveSuccessor(id, to));
  }

  private long requireSelected(String action) {
    long id = selected.get();
    if (lanes.get() == null) {
      log.refuse(action + ": open a project first");
      return 0;
    }
    if (id == 0 || !isLanelet(id)) {
      log.refuse(action + ": select a lanelet first (click inside a lane in the top view)");
      return 0;
    }
    return id;
  }

  private static CompletableFuture<EditResult> done() {
    return CompletableFuture.completedFuture(null);
  }

  private void refresh() {
    ProjectLanes l = lanes.get();
    List<AttributeRow> list = new ArrayList<>();
    long id = selected.get();
    if (l != null && l.lanelet(id).isPresent()) {
      Lanelet x = l.lanelet(id).orElseThrow();
      LaneGraph g = l.graph();
      list.add(row("lanelet", Long.toString(id)));
      list.add(row("review", l.review(id).key()));
      list.add(row("confidence", String.format(Locale.ROOT, "%.3f", x.confidence())));
      list.add(row("provenance", x.provenance().method() + " " + x.provenance().version()));
      list.add(row("left bound", bound(x.left().lineId(), x.left().inverted())));
      list.add(row("right bound", bound(x.right().lineId(), x.right().inverted())));
      list.add(row("successors", ids(g.successors(id))));
      list.add(row("predecessors", ids(g.predecessors(id))));
      list.add(row("left neighbour", neighbour(g, id, LaneRelation.Kind.LEFT)));
      list.add(row("right neighbour", neighbour(g, id, LaneRelation.Kind.RIGHT)));
      list.add(row("conflicting", ids(g.conflicting(id))));
      x.attributes().asMap().forEach((k, v) -> list.add(row(k, v)));
    } else if (id != 0) {
      selected.set(0); // the lanelet is gone (undone, merged away)
      return;
    }
    rows.setAll(list);
  }

  private static AttributeRow row(String key, String value) {
    return new AttributeRow(key, value, false);
  }

  private static String bound(long line, boolean inverted) {
    return "line " + line + (inverted ? " (against its order)" : "");
  }

  private static String ids(List<Long> ids) {
    return ids.isEmpty()
        ? "none"
        : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String neighbour(LaneGraph g, long id, LaneRelation.Kind side) {
    List<String> out = new ArrayList<>();
    for (LaneRelation r : g.relations()) {
      if (r.kind() == side && r.from() == id) {
        out.add(r.to() + (r.laneChange() ? " (lane change allowed)" : " (no lane change)"));
      }
    }
    return out.isEmpty() ? "none" : String.join(", ", out);
  }
}
