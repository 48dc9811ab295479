package dev.mapsmith.labeling;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.edit.Change;
import dev.mapsmith.labeling.edit.EditCommand;
import dev.mapsmith.labeling.edit.EditContext;
import dev.mapsmith.labeling.edit.InsertPrimitives;
import dev.mapsmith.labeling.edit.lanes.LaneCommand;
import dev.mapsmith.labeling.store.Delta;
import dev.mapsmith.labeling.store.ProjectStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A labeling project: one {@code .mapsmith} SQLite file with the map, its review state, drives,
 * areas, findings, notes, training-set definitions and an append-only edit log.
 *
 * <pre>{@code
 * try (Project p = Project.create(path, new NamedLocalFrame("PIT"))) {   // or Project.open(path)
 *   List<Long> ids = p.insertAll(reconstructed, "reconstruction v3");  // one transaction, one event
 *   p.execute(new MoveVertex(ids.get(0), 2, new Point3(1, 2, 0)));      // saved before it returns
 *   p.undo();                                                           // also saved
 *   MapView map = p.map();                                              // read-only, live
 * }
 * }</pre>
 *
 * <p>Only {@link EditCommand}s change the map, through {@link #execute}; each is committed in its
 * own transaction before the call returns (a crash loses nothing acknowledged) and can be undone
 * and redone without limit while the project is open. Listeners hear about each committed change.
 * One process writes a project at a time: a second gets {@link ProjectInUseException} ("in use by
 * PID n on HOST h") or opens it with {@link OpenOptions#READ_ONLY}. Methods are synchronized; the
 * live {@link #map()} must be read on the editing thread (or use {@link #snapshot()}).
 */
public final class Project implements AutoCloseable {

  private final ProjectStore store;
  private final Map<Long, Primitive> primitives = new LinkedHashMap<>();
  private final Map<Long, ReviewStamp> stamps = new HashMap<>();
  private final Deque<Applied> undo = new ArrayDeque<>();
  private final Deque<Applied> redo = new ArrayDeque<>();
  private final List<MapChangeListener> listeners = new CopyOnWriteArrayList<>();
  private final String user;
  private final LiveMapView view;
  private ProjectLanes lanes;

  /**
   * An edit as kept for undo: its primitive deltas, the lane graph before and after (both null when
   * it left the lanes as they were), and the area record it removed and the one it recorded (null:
   * none).
   */
  private record Applied(
      String description,
      List<Delta> deltas,
      ProjectLanes lanesBefore,
      ProjectLanes lanesAfter,
      Area areaBefore,
      Area areaAfter) {

    /** The edit that takes this one back. */
    Applied inverse() {
      List<Delta> back = new ArrayList<>(deltas.size());
      for (int i = deltas.size() - 1; i >= 0; i--) {
        back.add(deltas.get(i).inverse());
      }
      return new Applied(description, back, lanesAfter, lanesBefore, areaAfter, areaBefore);
    }
  }

  private Project(ProjectStore store) {
    this.store = store;
    this.user = System.getProperty("user.name", "unknown");
    store
        .primitives()
        .loadAll(
            (p, stamp) -> {
              primitives.put(p.id(), p);
              if (stamp != null) {
                stamps.put(p.id(), stamp);
              }
            });
    this.view = new LiveMapView(store.frame(), primitives, store.primitives());
    this.lanes = store.lanes().load(store.frame());
  }

  /** Creates a new, empty project file; fails if {@code file} exists. */
  public static Project create(Path file, FrameOfReference frame) {
    ProjectStore store = ProjectStore.create(file, frame);
    return open(store);
  }

  /**
   * Fails at once when a project at {@code file} could not be saved (read-only file or folder), so
   * a command can check before long work.
   */
  public static void requireWritable(Path file) {
    ProjectStore.requireWritable(file);
  }

  /** Opens a project for editing, taking its lock. */
  public static Project open(Path file) {
    return open(file, OpenOptions.DEFAULT);
  }

  public static Project open(Path file, OpenOptions options) {
    return open(ProjectStore.open(file, options.readOnly(), options.maxPages()));
  }

  private static Project open(ProjectStore store) {
    try {
      return new Project(store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  public Path file() {
    return store.file();
  }

  public FrameOfReference frame() {
    return store.frame();
  }

  public boolean readOnly() {
    return store.readOnly();
  }

  /** The map, read-only and live. */
  public MapView map() {
    return view;
  }

  /** The lane graph now: lanelets, their lines, relations and review states (immutable). */
  public synchronized ProjectLanes lanes() {
    return lanes;
  }

  /** An immutable copy of the map now. */
  public synchronized LaneMap snapshot() {
    return new LaneMap(store.frame(), new ArrayList<>(primitives.values()));
  }

  /** The id the next new primitive will get. Ids are positive and never reused. */
  public synchronized long nextId() {
    return store.primitives().nextId();
  }

  /** Who last set the review state of {@code id}, and when. */
  public synchronized Optional<ReviewStamp> reviewStamp(long id) {
    return Optional.ofNullable(stamps.get(id));
  }

  /** Plans, commits and records {@code command}; returns once it is in the file. */
  public synchronized EditResult execute(EditCommand command) {
    return execute(command, null, null);
  }

  /**
   * As {@link #execute(EditCommand)}, and records {@code area} under {@code areaName} (both null:
   * none) in the same transaction and the same undo step: undo removes the record, redo makes it
   * again with the same id. A reconstruction's area goes and comes back with its output.
   */
  public synchronized EditResult execute(EditCommand command, String areaName, Bounds2 area) {
    requireWritable();
    long[] counter = {store.primitives().nextId()};
    EditContext ctx = new EditContext(user, Instant.now(), () -> counter[0]++);
    Change change =
        command instanceof LaneCommand lc ? lc.plan(view, lanes, ctx) : command.plan(view, ctx);
    List<Delta> deltas = new ArrayList<>(change.entries().size());
    List<Long> created = new ArrayList<>();
    for (Change.Entry e : change.entries()) {
      ReviewStamp before = e.before() == null ? null : stamps.get(e.id());
      ReviewStamp after = e.after() == null ? null : e.stamp() != null ? e.stamp() : before;
      deltas.add(new Delta(e.id(), e.before(), e.after(), before, after));
      if (e.before() == null) {
        created.add(e.id());
      }
    }
    ProjectLanes lanesAfter =
        change.lanes() == null || change.lanes().equals(lanes) ? null : change.lanes();
    Area recorded =
        areaName == null || area == null
            ? null
            : new Area(store.tables().nextAreaId(), areaName, area);
    if (deltas.isEmpty() && lanesAfter == null && recorded == null) {
      return new EditResult(0, command.description(), List.of());
    }
    ProjectLanes lanesBefore = lanesAfter == null ? null : lanes;
    Applied applied =
        new Applied(command.description(), deltas, lanesBefore, lanesAfter, null, recorded);
    long seq = commit(applied, counter[0], MapChange.Kind.EXECUTE);
    undo.push(applied);
    redo.clear();
    return new EditResult(seq, command.description(), created);
  }

  /**
   * Inserts reconstruction output in one transaction with one change event, as one undo step. Each
   * primitive gets a fresh id (its own id is ignored); returns the ids in list order.
   */
  public EditResult insertAll(List<Primitive> batch, String description) {
    return execute(new InsertPrimitives(batch, description));
  }

  public synchronized boolean canUndo() {
    return !undo.isEmpty();
  }

  public synchronized boolean canRedo() {
    return !redo.isEmpty();
  }

  /** The description of the edit {@link #undo()} would take back. */
  public synchronized Optional<String> undoDescription() {
    return Optional.ofNullable(undo.peek()).map(Applied::description);
  }

  public synchronized Optional<String> redoDescription() {
    return Optional.ofNullable(redo.peek()).map(Applied::description);
  }

  /** Takes back the last edit (committed before it returns). */
  public synchronized EditResult undo() {
    requireWritable();
    Applied last = undo.peek();
    if (last == null) {
      throw new IllegalStateException("nothing to undo");
    }
    long seq = commit(last.inverse(), store.primitives().nextId(), MapChange.Kind.UNDO);
    redo.push(undo.pop());
    return new EditResult(seq, "undo " + last.description(), List.of());
  }

  /** Does the last undone edit again (committed before it returns). */
  public synchronized EditResult redo() {
    requireWritable();
    Applied next = redo.peek();
    if (next == null) {
      throw new IllegalStateException("nothing to redo");
    }
    long seq = commit(next, store.primitives().nextId(), MapChange.Kind.REDO);
    undo.push(redo.pop());
    return new EditResult(seq, "redo " + next.description(), List.of());
  }

  /**
   * Writes {@code a}'s deltas and lane graph change in one transaction, applies them in memory and
   * tells the listeners ({@code kind}: "execute", "undo" or "redo" in the edit log).
   */
  private long commit(Applied a, long nextId, MapChange.Kind kind) {
    List<Delta> deltas = a.deltas();
    String action = kind.name().toLowerCase(java.util.Locale.ROOT);
    long seq =
        store
            .primitives()
            .apply(
                deltas,
                a.lanesBefore(),
                a.lanesAfter(),
                a.areaBefore() == null && a.areaAfter() == null
                    ? null
                    : () -> store.tables().swapArea(a.areaBefore(), a.areaAfter()),
                nextId,
                action,
                user,
                a.description(),
                ChangeEvents.idList(deltas));
    if (a.lanesAfter() != null) {
      lanes = a.lanesAfter();
    }
    for (Delta d : deltas) {
      if (d.after() == null) {
        primitives.remove(d.id());
        stamps.remove(d.id());
      } else {
        primitives.put(d.id(), d.after());
        if (d.stampAfter() == null) {
          stamps.remove(d.id());
        } else {
          stamps.put(d.id(), d.stampAfter());
        }
      }
    }
    ChangeEvents.fire(listeners, kind, a.description(), deltas, a.lanesAfter() != null);
    return seq;
  }

  public void addListener(MapChangeListener l) {
    listeners.add(l);
  }

  public void removeListener(MapChangeListener l) {
    listeners.remove(l);
  }

  // --- drives, areas, findings, notes, training sets, log -------------------------------------

  public synchronized void addDrive(DriveRecord drive) {
    store.tables().putDrive(drive);
  }

  public synchronized List<DriveRecord> drives() {
    return store.tables().drives();
  }

  /**
   * Points drive {@code id} at {@code newPath} after its files moved; refuses when the files there
   * have a different fingerprint.
   */
  public synchronized DriveRecord relinkDrive(String id, Path newPath) {
    DriveRecord d =
        drives().stream()
            .filter(r -> r.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no drive " + id + " in " + file()));
    String fp = DriveFingerprint.of(newPath);
    if (!fp.equals(d.fingerprint())) {
      throw new IllegalArgumentException(
          newPath
              + " is not drive "
              + id
              + ": its files differ (fingerprint "
              + fp
              + " != "
              + d.fingerprint()
              + ")");
    }
    DriveRecord moved = d.withPath(newPath);
    store.tables().putDrive(moved);
    return moved;
  }

  public synchronized Area addArea(String name, Bounds2 bounds) {
    return store.tables().addArea(name, bounds);
  }

  public synchronized List<Area> areas() {
    return store.tables().areas();
  }

  /** Review progress of the primitives that touch {@code area}. */
  public synchronized ReviewProgress reviewProgress(Bounds2 area) {
    int[] n = new int[4];
    for (Primitive p : view.within(area)) {
      n[p.review().ordinal()]++;
    }
    return new ReviewProgress(n[0], n[1], n[2], n[3]);
  }

  /** Stores {@code findings} in place of earlier findings of the named validators. */
  public synchronized void saveFindings(Set<String> validators, List<Finding> findings) {
    requireWritable();
    store.tables().replaceFindings(validators, findings);
  }

  public synchronized List<Finding> findings() {
    return store.tables().findings();
  }

  public synchronized Note addNote(Note note) {
    return store.tables().addNote(note);
  }

  public synchronized List<Note> notes() {
    return store.tables().notes();
  }

  /** Saves a training-set definition (JSON) under {@code name}, replacing one of that name. */
  public synchronized void saveTrainingSet(String name, String definitionJson) {
    store.tables().putTrainingSet(name, definitionJson);
  }

  public synchronized Map<String, String> trainingSets() {
    return store.tables().trainingSets();
  }

  /**
   * Saves the map-change run under review (a JSON document, docs/changes.md) in place of the
   * earlier one; the decisions on it live in the map's primitives.
   */
  public synchronized void saveChangeRun(String json) {
    requireWritable();
    store.tables().putChangeRun(json);
  }

  /** The map-change run saved by {@link #saveChangeRun}, if any. */
  public synchronized Optional<String> changeRun() {
    return Optional.ofNullable(store.tables().changeRun());
  }

  public synchronized List<EditLogEntry> editLog() {
    return store.tables().editLog();
  }

  /** SQLite's {@code PRAGMA integrity_check}: "ok" when the file is sound. */
  public synchronized String integrityCheck() {
    return store.integrityCheck();
  }

  /** The OS user that edits are recorded under. */
  public String user() {
    return user;
  }

  private void requireWritable() {
    if (store.readOnly()) {
      throw new ProjectException(file(), "opened read-only; edits are refused");
    }
  }

  @Override
  public synchronized void close() {
    store.close();
  }
}
