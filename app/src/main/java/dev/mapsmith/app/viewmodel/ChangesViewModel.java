package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.ops.ChangeDecision;
import dev.mapsmith.app.ops.ChangeReview;
import dev.mapsmith.app.ops.ChangeReviewExport;
import dev.mapsmith.app.ops.ChangeRun;
import dev.mapsmith.app.ops.ChangeRunJson;
import dev.mapsmith.app.ops.ProjectChangeCheck;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.labeling.EditResult;
import dev.mapsmith.reconstruction.changes.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Map change detection in the window (issue 19): checks the project's map against the open drives
 * in the background ({@link ProjectChangeCheck}, as {@code mapsmith changes --project}), keeps the
 * run in the project, lists its verdicts (filtered by verdict and decision), and accepts or rejects
 * each change as one undoable edit ({@link ChangeDecision}); the decisions are read back from the
 * map after every edit, undo and redo. Exports the reviewed changes. UI thread only.
 */
public final class ChangesViewModel {

  /** Runs the check; the app's is {@link ProjectChangeCheck#run}, a test may give its own. */
  @FunctionalInterface
  public interface Detector {
    ChangeRun detect(LaneMap map, List<DriveLog> drives, boolean learned, ProgressMonitor m)
        throws Exception;
  }

  /** What the verdict filter offers: changes only, everything, or one verdict. */
  public static final List<String> VERDICT_FILTERS = verdictFilters();

  /** What the decision filter offers. */
  public static final List<String> DECISION_FILTERS =
      List.of("any", "pending", "accepted", "rejected");

  private final Workbench w;
  private List<dev.mapsmith.labeling.Area> areas = List.of();
  private final Detector detector;
  private final ObservableList<ChangeRow> rows = FXCollections.observableArrayList();
  private final FilteredList<ChangeRow> shown = new FilteredList<>(rows, this::passes);
  private final ObjectProperty<ChangeRow> selected = new SimpleObjectProperty<>(this, "selected");
  private final ObjectProperty<String> verdictFilter = new SimpleObjectProperty<>("changes");
  private final ObjectProperty<String> decisionFilter = new SimpleObjectProperty<>("any");
  private final ReadOnlyStringWrapper summary =
      new ReadOnlyStringWrapper(this, "summary", "no change check yet (Check for changes)");
  private final ObservableList<String> areaProgress = FXCollections.observableArrayList();
  private ChangeRun run;

  ChangesViewModel(Workbench w, Detector detector) {
    this.w = w;
    this.detector = detector;
    verdictFilter.addListener(x -> refilter());
    decisionFilter.addListener(x -> refilter());
  }

  /**
   * The window's change review: follows {@code main}'s project (its run shown when it opens, the
   * decisions read again after every edit, undo and redo).
   */
  public static ChangesViewModel of(MainViewModel main) {
    ChangesViewModel c =
        new ChangesViewModel(
            main, (m, d, l, p) -> ProjectChangeCheck.run(m, d, l, Instant.now(), p));
    main.projectProperty().addListener((o, a, b) -> c.load());
    main.mapVersionProperty().addListener(x -> c.mapChanged());
    c.load();
    return c;
  }

  /**
   * Checks the project's map against every open drive in the background (the learned method when
   * {@code learned}), saves the run in the project and lists it; the earlier run is replaced.
   */
  public Job detect(boolean learned) {
    String reason = w.reasonFor(Need.RECONSTRUCTION);
    if (!reason.isEmpty()) {
      return w.refuse("cannot check for changes: " + reason);
    }
    ProjectSession session = w.session();
    LaneMap map = w.mapSnapshot();
    List<DriveLog> logs = w.openDrives().stream().map(LoadedDrive::log).toList();
    return w.tasks()
        .submit(
            "Check the map for changes" + (learned ? " (learned)" : ""),
            m -> {
              ChangeRun r = detector.detect(map, logs, learned, m.slice(0, 0.97));
              m.checkCancelled();
              m.progress(0.98, "saving " + r.verdicts().size() + " verdicts in the project");
              String json = ChangeRunJson.write(r);
              try {
                session
                    .call(
                        p -> {
                          p.saveChangeRun(json);
                          return null;
                        })
                    .get();
              } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
              }
              return r;
            },
            r -> {
              show(r);
              w.log().info("change check " + r.id() + ": " + summary.get());
            });
  }

  /** Shows the run kept in the open project (none: an empty list); call when a project opens. */
  public CompletableFuture<ChangeRun> load() {
    ProjectSession session = w.session();
    if (session == null) {
      show(null);
      return CompletableFuture.completedFuture(null);
    }
    return session
        .call(p -> p.changeRun().orElse(null))
        .thenApply(
            json -> {
              try {
                ChangeRun r = json == null ? null : ChangeRunJson.read(json, "the project");
                show(r);
                return r;
              } catch (java.io.IOException e) {
                w.log().refuse("cannot show the change run: " + e.getMessage());
                show(null);
                return null;
              }
            });
  }

  /** Lists {@code r}'s verdicts with their decisions (null: nothing). */
  void show(ChangeRun r) {
    run = r;
    selected.set(null);
    List<ChangeRow> list = new ArrayList<>();
    if (r != null) {
      Map<Integer, ChangeReview.Decided> d = ChangeReview.all(r, mapOrEmpty());
      for (int i = 0; i < r.verdicts().size(); i++) {
        ChangeReview.Decided x = d.get(i);
        list.add(new ChangeRow(i, r.key(i), r.verdicts().get(i), x == null ? null : x.mark()));
      }
    }
    rows.setAll(list);
    summarize();
    refreshAreas();
  }

  /** After an edit, undo or redo: each row's decision as the map now says. */
  public void mapChanged() {
    if (run == null) {
      return;
    }
    MapView map = mapOrEmpty();
    for (int i = 0; i < rows.size(); i++) {
      ChangeRow row = rows.get(i);
      if (!row.verdict().verdict().isChange()) {
        continue;
      }
      var mark = ChangeReview.find(run, i, map).map(ChangeReview.Decided::mark).orElse(null);
      if (!java.util.Objects.equals(mark, row.mark())) {
        ChangeRow now = new ChangeRow(i, row.key(), row.verdict(), mark);
        rows.set(i, now);
        if (selected.get() != null && selected.get().index() == i) {
          selected.set(now);
        }
      }
    }
    summarize();
    refreshAreas();
  }

  /** The project's areas, for the review progress per area (read on the writer thread). */
  private void refreshAreas() {
    ProjectSession session = w.session();
    if (session != null && run != null) {
      session
          .call(dev.mapsmith.labeling.Project::areas)
          .thenAccept(
              a -> {
                areas = List.copyOf(a);
                summarize();
              });
    }
  }

  public CompletableFuture<EditResult> accept(ChangeRow row) {
    return decide(row, true);
  }

  public CompletableFuture<EditResult> reject(ChangeRow row) {
    return decide(row, false);
  }

  private CompletableFuture<EditResult> decide(ChangeRow row, boolean accept) {
    ProjectSession session = w.session();
    String what = (accept ? "accept" : "reject") + " change";
    String problem =
        session == null
            ? w.reasonFor(Need.PROJECT)
            : row == null
                ? "select a change first"
                : !row.verdict().verdict().isChange()
                    ? row.verdictKey() + " is not a change"
                    : row.mark() != null
                        ? "already "
                            + row.decision()
                            + " by "
                            + row.mark().user()
                            + "; undo (Ctrl+Z) takes a decision back"
                        : "";
    if (!problem.isEmpty()) {
      w.log().refuse("cannot " + what + ": " + problem);
      return CompletableFuture.completedFuture(null);
    }
    ChangeDecision edit = new ChangeDecision(row.key(), row.verdict(), accept, groundHeights(row));
    return session
        .execute(edit)
        .whenComplete(
            (r, e) -> {
              if (e != null) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                w.log().refuse(edit.description() + " failed: " + cause.getMessage());
              } else {
                w.log().tell("done: " + edit.description());
              }
            });
  }

  /** An addition's found line with the ground's heights from the open drives (else 0). */
  private Polyline groundHeights(ChangeRow row) {
    Polyline g = row.verdict().found();
    if (row.verdict().verdict() != Verdict.ADDED || g == null) {
      return null;
    }
    List<Point3> pts = new ArrayList<>(g.size());
    for (int i = 0; i < g.size(); i++) {
      pts.add(new Point3(g.x(i), g.y(i), w.groundZ(g.x(i), g.y(i), g.z(i))));
    }
    return Polyline.of(pts);
  }

  /** The next change still pending after {@code from} in the shown order, or null. */
  public ChangeRow nextPending(ChangeRow from) {
    int start = from == null ? 0 : shown.indexOf(from) + 1;
    for (int i = 0; i < shown.size(); i++) {
      ChangeRow r = shown.get((start + i) % shown.size());
      if (r.decision().equals("pending")) {
        return r;
      }
    }
    return null;
  }

  /** Writes the reviewed changes (.json or .geojson) in the background. */
  public Job exportReview(Path out) {
    if (run == null) {
      return w.refuse("cannot export the changes: no change check yet");
    }
    ChangeRun r = run;
    LaneMap map = w.mapSnapshot();
    if (map == null) {
      return w.refuse("cannot export the changes: " + w.reasonFor(Need.PROJECT));
    }
    return w.tasks()
        .submit(
            "Export changes to " + out.getFileName(),
            m -> ChangeReviewExport.write(r, map, out),
            n -> w.log().info("exported " + n + " change records to " + out));
  }

  private MapView mapOrEmpty() {
    MapView m = w.map();
    return m != null
        ? m
        : new LaneMap(new dev.mapsmith.core.frame.NamedLocalFrame("none"), List.of());
  }

  private boolean passes(ChangeRow r) {
    String v = verdictFilter.get(), d = decisionFilter.get();
    boolean verdictOk =
        "all".equals(v)
            || ("changes".equals(v) ? r.verdict().verdict().isChange() : r.verdictKey().equals(v));
    return verdictOk && ("any".equals(d) || r.decision().equals(d));
  }

  private void refilter() {
    shown.setPredicate(null);
    shown.setPredicate(this::passes);
  }

  private void summarize() {
    ChangeSummary s = ChangeSummary.of(run, rows, areas);
    summary.set(s.line());
    areaProgress.setAll(s.areas());
  }

  private static List<String> verdictFilters() {
    List<String> out = new ArrayList<>(List.of("changes", "all"));
    for (Verdict v : Verdict.values()) {
      out.add(v.key());
    }
    return List.copyOf(out);
  }

  public ObservableList<ChangeRow> rows() {
    return rows;
  }

  /** The rows the filters let through, in run order (the view sorts them). */
  public ObservableList<ChangeRow> shown() {
    return shown;
  }

  public ObjectProperty<ChangeRow> selectedProperty() {
    return selected;
  }

  public ObjectProperty<String> verdictFilterProperty() {
    return verdictFilter;
  }

  public ObjectProperty<String> decisionFilterProperty() {
    return decisionFilter;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Review progress of the changes per project area. */
  public ObservableList<String> areaProgress() {
    return areaProgress;
  }

  /** The run shown, or null. */
  public ChangeRun run() {
    return run;
  }
}
