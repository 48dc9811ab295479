package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.ops.DriveClouds;
import dev.mapsmith.app.ops.GroundHeights;
import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.task.TaskExecutor;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: open drives, the project's map (when a project is open), areas and
 * findings, and the child ViewModels. Everything here changes on the UI thread; long work goes
 * through the injected {@link TaskExecutor}.
 */
public final class MainViewModel implements Workbench {

  private final Services services;
  private final TaskExecutor tasks;
  private final LogModel log;
  private final AppPreferences prefs;
  private final ObservableList<LoadedDrive> drives = FXCollections.observableArrayList();
  private final ObjectProperty<LoadedDrive> activeDrive = new SimpleObjectProperty<>(this, "drive");
  private final ObjectProperty<LaneMap> map = new SimpleObjectProperty<>(this, "map");
  private final ObservableList<AreaRow> areas = FXCollections.observableArrayList();
  private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Mapsmith");
  private final ReadOnlyStringWrapper alert = new ReadOnlyStringWrapper(this, "alert");
  private final ObjectProperty<ProjectSession> project =
      new SimpleObjectProperty<>(this, "project");
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undo", "");
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redo", "");
  private final ObservableList<DriveRecord> missingDrives = FXCollections.observableArrayList();
  private List<DriveRecord> projectDrives = List.of();
  private final Executor projectWriter;
  private boolean showingState;
  private final Executor ui;

  private final ExplorerViewModel explorer = new ExplorerViewModel();
  private final TimelineViewModel timeline = new TimelineViewModel();
  private final InspectorViewModel inspector = new InspectorViewModel();
  private final ToolPaletteViewModel tools = new ToolPaletteViewModel();
  private final CameraViewModel camera;
  private final SignalPlotsViewModel signals = new SignalPlotsViewModel(timeline);
  private final TruthViewModel truth = new TruthViewModel();
  private final CurationViewModel curation = new CurationViewModel();
  private final EditTools editTools = new EditTools(this);
  private final EditingViewModel editing = new EditingViewModel(this, inspector);
  private final ReconstructionViewModel reconstruction = new ReconstructionViewModel(this);
  private final MapChecksViewModel checks = new MapChecksViewModel(this, truth);
  private final TrainingSetViewModel trainingSets = new TrainingSetViewModel(this, curation);
  private final ViewportViewModel viewport;
  private final java.util.Map<LoadedDrive, dev.mapsmith.viewer3d.PointCloud> clouds =
      new java.util.LinkedHashMap<>();
  private final java.util.Map<LoadedDrive, GroundHeights> grounds = new java.util.LinkedHashMap<>();
  private final ObjectProperty<Point3> focus = new SimpleObjectProperty<>(this, "focus");
  private final ObjectProperty<Bounds2> areaSelection = new SimpleObjectProperty<>(this, "area");

  public MainViewModel(
      Services services,
      TaskExecutor tasks,
      LogModel log,
      AppPreferences prefs,
      Executor lightBackground,
      Executor projectWriter,
      Executor ui) {
    this.projectWriter = projectWriter;
    this.ui = ui;
    this.services = services;
    this.tasks = tasks;
    this.log = log;
    this.prefs = prefs;
    this.camera = new CameraViewModel(lightBackground, ui);
    this.viewport = new ViewportViewModel(services.viewport(), lightBackground, ui);
    tools.refresh(this::reasonFor);
    inspector.setEditor(null, reasonFor(Need.PROJECT));
    project.addListener(
        (o, a, b) -> {
          tools.refresh(this::reasonFor);
          inspector.setEditor(b == null ? null : editing::editAttribute, reasonFor(Need.PROJECT));
          title.set(b == null ? "Mapsmith" : "Mapsmith - " + b.file().getFileName());
        });
    activeDrive.addListener(
        (o, a, d) -> {
          timeline.setFrameTimes(d == null ? new long[0] : d.frameTimesNs());
          title.set(d == null ? "Mapsmith" : "Mapsmith - " + d.id());
          camera.show(d, timeline.timeNs());
          signals.show(d);
          tools.refresh(this::reasonFor);
        });
    timeline
        .frameProperty()
        .addListener((o, a, b) -> camera.show(activeDrive.get(), timeline.timeNs()));
    map.addListener(
        (o, a, b) -> {
          camera.show(activeDrive.get(), timeline.timeNs()); // redraws the primitives in it
          if (!showingState) {
            rebuildExplorer();
          }
        });
    javafx.beans.Observable[] sceneTriggers = {
      drives, activeDrive, map, inspector.selectedProperty()
    };
    for (javafx.beans.Observable o : sceneTriggers) {
      o.addListener(x -> rebuildScene());
    }
  }

  private void rebuildScene() {
    viewport.setScene(
        SceneContent.build(
            drives,
            activeDrive.get(),
            List.copyOf(clouds.values()),
            map.get(),
            inspector.selectedProperty().get()));
  }

  /** Empty when {@code need} is met, else the reason shown on disabled actions. */
  @Override
  public String reasonFor(Need need) {
    return switch (need) {
      case NOTHING -> "";
      case DRIVE -> activeDrive.get() != null ? "" : "open a drive first";
      case PROJECT ->
          !services.projects().available()
              ? services.projects().reason()
              : project.get() == null ? "open or create a project first" : "";
      case RECONSTRUCTION ->
          !services.reconstruction().availability().available()
              ? services.reconstruction().availability().reason()
              : activeDrive.get() == null
                  ? "open a drive first"
                  : project.get() == null ? "open or create a project first" : "";
    };
  }

  /**
   * Opens a drive folder or file in the background; returns its job, or null when it cannot even
   * start (the reason is in {@link #alertProperty()} and the log).
   */
  public Job open(Path path) {
    if (!Files.exists(path)) {
      return refuse("cannot open " + path + ": no such file or folder");
    }
    if (looksLikeProject(path)) {
      Availability a = services.projects();
      if (!a.available()) {
        return refuse("cannot open project " + path + ": " + a.reason());
      }
      return tasks.submit(
          "Open project " + path.getFileName(), m -> Project.open(path), this::attachProject);
    }
    Availability a = services.drives().availability();
    if (!a.available()) {
      return refuse("cannot open drive " + path + ": " + a.reason());
    }
    return tasks.submit(
        "Open drive " + path.getFileName(),
        monitor -> {
          monitor.progress(0, "reading the index");
          DriveLog driveLog = services.drives().open(path);
          try {
            monitor.checkCancelled();
            LoadedDrive loaded = LoadedDrive.of(driveLog);
            monitor.progress(1, "done");
            return loaded;
          } catch (RuntimeException e) {
            driveLog.close();
            throw e;
          }
        },
        this::addDrive);
  }

  /** Adds an opened drive and makes it the active one. */
  public void addDrive(LoadedDrive drive) {
    drives.add(drive);
    activeDrive.set(drive);
    log.info("opened " + drive.describe());
    rememberRecent(drive.metadata().path());
    rebuildExplorer();
    if (services.viewport().availability().available() && !drive.log().sweeps().isEmpty()) {
      tasks.submit(
          "Load lidar of " + drive.id() + " for the 3D view",
          m -> {
            var c = DriveClouds.sample(drive.log(), DriveClouds.Limits.DEFAULT, m);
            return c == null ? null : java.util.Map.entry(c, GroundHeights.of(c));
          },
          c -> {
            if (c != null && drives.contains(drive)) {
              clouds.put(drive, c.getKey());
              grounds.put(drive, c.getValue());
              rebuildScene();
            }
          });
    }
  }

  private void rememberRecent(Path path) {
    if (prefs == null || path == null) {
      return;
    }
    prefs.addRecent(path);
    try {
      prefs.save();
    } catch (IOException e) {
      log.error("cannot save preferences: " + e.getMessage());
    }
  }

  /** A project file is an SQLite database (its 16-byte header); anything else is a drive. */
  static boolean looksLikeProject(Path path) {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(16);
      return Arrays.equals(head, "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      return false;
    }
  }

  /** Creates a project file in the frame of the active drive (a local frame without one). */
  public Job createProject(Path file) {
    Availability a = services.projects();
    if (!a.available()) {
      return refuse("cannot create project " + file + ": " + a.reason());
    }
    if (Files.exists(file)) {
      return refuse("cannot create project " + file + ": the file exists (open it instead)");
    }
    FrameOfReference frame =
        activeDrive.get() == null
            ? new NamedLocalFrame("local")
            : activeDrive.get().metadata().frame();
    return tasks.submit(
        "Create project " + file.getFileName(),
        m -> Project.create(file, frame),
        this::attachProject);
  }

  /** Makes {@code opened} the current project (closing the previous one) and shows its state. */
  public void attachProject(Project opened) {
    ProjectSession old = project.get();
    if (old != null) {
      old.close();
    }
    ProjectSession session = new ProjectSession(opened, projectWriter, ui, this::showState);
    project.set(session);
    log.info("opened project " + opened.file());
    rememberRecent(opened.file());
    session.call(Project::drives).thenAccept(this::openProjectDrives);
  }

  /** Opens the project's drives that are where it says and not open yet (moved ones: relink). */
  private void openProjectDrives(List<DriveRecord> records) {
    if (!services.drives().availability().available()) {
      return;
    }
    for (DriveRecord r : records) {
      boolean open =
          drives.stream()
              .anyMatch(d -> d.id().equals(r.id()) || r.path().equals(d.metadata().path()));
      if (!open && Files.exists(r.path())) {
        open(r.path());
      }
    }
  }

  private void showState(ProjectSession.State s) {
    areas.setAll(s.areas());
    findings.setAll(s.findings());
    undoText.set(s.undo());
    redoText.set(s.redo());
    showingState = true; // the explorer is rebuilt once, below
    try {
      camera.setOverlay(List.copyOf(s.map().primitives()));
      map.set(s.map());
      truth.mapChanged();
      curation.setSource(s.map(), s.areas());
    } finally {
      showingState = false;
    }
    missingDrives.setAll(s.missingDrives());
    projectDrives = s.drives();
    Primitive sel = inspector.selectedProperty().get();
    if (sel != null) {
      inspector.selectedProperty().set(s.map().get(sel.id()).orElse(null));
    }
    rebuildExplorer();
  }

  /**
   * The ground's height at (x, y) from the open drives' lidar, or {@code fallback} where there is
   * none (no lidar loaded, or none within 1 m).
   */
  @Override
  public double groundZ(double x, double y, double fallback) {
    for (GroundHeights g : grounds.values()) {
      double z = g.at(x, y);
      if (!Double.isNaN(z)) {
        return z;
      }
    }
    return fallback;
  }

  /** The rectangle drawn with the Area tool, or null. */
  public ObjectProperty<Bounds2> areaSelectionProperty() {
    return areaSelection;
  }

  /** Editing and review of the open project. */
  public EditingViewModel editing() {
    return editing;
  }

  /** Workflow 3: reconstruction into the project. */
  public ReconstructionViewModel reconstruction() {
    return reconstruction;
  }

  /** Validation, the check against a truth map, the map's export. */
  public MapChecksViewModel checks() {
    return checks;
  }

  /** Workflow 7: saving and exporting the curated training set. */
  public TrainingSetViewModel trainingSets() {
    return trainingSets;
  }

  @Override
  public ProjectSession session() {
    return project.get();
  }

  @Override
  public LaneMap map() {
    return map.get();
  }

  @Override
  public List<LoadedDrive> openDrives() {
    return List.copyOf(drives);
  }

  @Override
  public List<DriveRecord> projectDrives() {
    return projectDrives;
  }

  @Override
  public int areaCount() {
    return areas.size();
  }

  @Override
  public void clearAreaSelection() {
    areaSelection.set(null);
  }

  public EditTools editTools() {
    return editTools;
  }

  public CurationViewModel curation() {
    return curation;
  }

  /**
   * Flies the views to a validator finding: selects its primitive, points the 3D camera at its
   * location and centres the top view there.
   */
  public void showFinding(FindingRow f) {
    if (f.primitiveId() != 0 && map.get() != null) {
      inspector.selectedProperty().set(map.get().get(f.primitiveId()).orElse(null));
    }
    if (f.location() != null) {
      focus.set(null);
      focus.set(f.location());
      viewport.lookAt(f.location(), 25);
    }
  }

  /** Where the views were last asked to look (a finding's location); set anew each time. */
  public ObjectProperty<Point3> focusProperty() {
    return focus;
  }

  public TruthViewModel truth() {
    return truth;
  }

  public SignalPlotsViewModel signals() {
    return signals;
  }

  public ViewportViewModel viewport() {
    return viewport;
  }

  public ObjectProperty<ProjectSession> projectProperty() {
    return project;
  }

  public ReadOnlyStringProperty undoProperty() {
    return undoText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoProperty() {
    return redoText.getReadOnlyProperty();
  }

  /** Drives of the open project whose files are no longer where the project says. */
  public ObservableList<DriveRecord> missingDrives() {
    return missingDrives;
  }

  /** Points a moved drive at its new place (checked against the drive's fingerprint). */
  public CompletableFuture<DriveRecord> relink(String driveId, Path newPath) {
    ProjectSession session = project.get();
    if (session == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no project open"));
    }
    return session.call(p -> p.relinkDrive(driveId, newPath));
  }

  @Override
  public Job refuse(String message) {
    log.error(message);
    alert.set(null);
    alert.set(message);
    return null;
  }

  private void rebuildExplorer() {
    explorer.rebuild(drives, map.get(), areas, findings);
  }

  /** Closes every open drive; call when the window closes. */
  public void close() {
    if (project.get() != null) {
      project.get().close();
      project.set(null);
    }
    viewport.close();
    drives.forEach(d -> d.log().close());
    drives.clear();
    clouds.clear();
    grounds.clear();
  }

  public ObservableList<LoadedDrive> drives() {
    return drives;
  }

  public ObjectProperty<LoadedDrive> activeDriveProperty() {
    return activeDrive;
  }

  public ObjectProperty<LaneMap> mapProperty() {
    return map;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** A message for an error dialog; set anew each time something cannot be done. */
  public ReadOnlyStringProperty alertProperty() {
    return alert.getReadOnlyProperty();
  }

  @Override
  public Services services() {
    return services;
  }

  @Override
  public TaskExecutor tasks() {
    return tasks;
  }

  @Override
  public LogModel log() {
    return log;
  }

  public ExplorerViewModel explorer() {
    return explorer;
  }

  public TimelineViewModel timeline() {
    return timeline;
  }

  public InspectorViewModel inspector() {
    return inspector;
  }

  public ToolPaletteViewModel tools() {
    return tools;
  }

  public CameraViewModel camera() {
    return camera;
  }
}
