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
import dev.mapsmith.labeling.store.Delta;
import dev.mapsmith.labeling.store.ProjectStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

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

  private record Applied(String description, List<Delta> deltas) {}

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
    requireWritable();
    long[] counter = {store.primitives().nextId()};
    EditContext ctx = new EditContext(user, Instant.now(), () -> counter[0]++);
    Change change = command.plan(view, ctx);
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
    if (deltas.isEmpty()) {
      return new EditResult(0, command.description(), List.of());
    }
    long seq = commit(deltas, counter[0], "execute", command.description());
    undo.push(new Applied(command.description(), deltas));
    redo.clear();
    fire(MapChange.Kind.EXECUTE, command.description(), deltas);
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
    List<Delta> inverse = new ArrayList<>(last.deltas().size());
    for (int i = last.deltas().size() - 1; i >= 0; i--) {
      inverse.add(last.deltas().get(i).inverse());
    }
    long seq = commit(inverse, store.primitives().nextId(), "undo", last.description());
    redo.push(undo.pop());
    fire(MapChange.Kind.UNDO, last.description(), inverse);
    return new EditResult(seq, "undo " + last.description(), List.of());
  }

  /** Does the last undone edit again (committed before it returns). */
  public synchronized EditResult redo() {
    requireWritable();
    Applied next = redo.peek();
    if (next == null) {
      throw new IllegalStateException("nothing to redo");
    }
    long seq = commit(next.deltas(), store.primitives().nextId(), "redo", next.description());
    undo.push(redo.pop());
    fire(MapChange.Kind.REDO, next.description(), next.deltas());
    return new EditResult(seq, "redo " + next.description(), List.of());
  }

  private long commit(List<Delta> deltas, long nextId, String action, String description) {
    long seq = store.primitives().apply(deltas, nextId, action, user, description, idList(deltas));
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
    return seq;
  }

  private static String idList(List<Delta> deltas) {
    if (deltas.size() <= 50) {
      return deltas.stream().map(d -> Long.toString(d.id())).collect(Collectors.joining(","));
    }
    long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
    for (Delta d : deltas) {
      min = Math.min(min, d.id());
      max = Math.max(max, d.id());
    }
    return min + ".." + max + " (" + deltas.size() + ")";
  }

  private void fire(MapChange.Kind kind, String description, List<Delta> deltas) {
    if (listeners.isEmpty()) {
      return;
    }
    Set<Long> added = new HashSet<>(), modified = new HashSet<>(), removed = new HashSet<>();
    for (Delta d : deltas) {
      (d.before() == null ? added : d.after() == null ? removed : modified).add(d.id());
    }
    MapChange change = new MapChange(kind, description, added, modified, removed);
    listeners.forEach(l -> l.mapChanged(change));
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
