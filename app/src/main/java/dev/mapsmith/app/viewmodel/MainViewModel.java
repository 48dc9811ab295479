package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.task.TaskExecutor;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The main window: the open drives ({@link DrivesViewModel}) and project ({@link
 * ProjectViewModel}), the panels' view-models and the workflows' view-models, wired together.
 * Everything here changes on the UI thread; long work goes through the injected {@link
 * TaskExecutor}.
 */
public final class MainViewModel implements Workbench {

  private final Services services;
  private final TaskExecutor tasks;
  private final LogModel log;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Mapsmith");
  private final ReadOnlyStringWrapper alert = new ReadOnlyStringWrapper(this, "alert");
  private final DrivesViewModel drives;
  private final ProjectViewModel project;

  private final ExplorerViewModel explorer = new ExplorerViewModel();
  private final TimelineViewModel timeline = new TimelineViewModel();
  private final InspectorViewModel inspector = new InspectorViewModel();
  private final ToolPaletteViewModel tools = new ToolPaletteViewModel();
  private final CameraViewModel camera;
  private final SignalPlotsViewModel signals = new SignalPlotsViewModel(timeline);
  private final TruthViewModel truth = new TruthViewModel();
  private final CurationViewModel curation = new CurationViewModel();
  private final EditTools editTools = new EditTools(this);
  private final LidarViewModel lidar = new LidarViewModel(this, this::activeDrive);
  private final EditingViewModel editing = new EditingViewModel(this, inspector);
  private final LaneletViewModel lanelets;
  private final ReconstructionViewModel reconstruction = new ReconstructionViewModel(this);
  private final MapChecksViewModel checks = new MapChecksViewModel(this, truth);
  private final TrainingPlanViewModel trainingPlan;
  private final TrainingSetViewModel trainingSets;
  private final ViewportViewModel viewport;
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
    this.services = services;
    this.tasks = tasks;
    this.log = log;
    RecentFiles recent = new RecentFiles(prefs, log);
    this.drives = new DrivesViewModel(services, tasks, log, recent::add);
    this.project = new ProjectViewModel(this, recent::add, projectWriter, ui);
    this.lanelets = new LaneletViewModel(log, editing::edit);
    lanelets.lanesProperty().bind(project.lanesProperty());
    project.lanesProperty().addListener((o, a, l) -> explorer.showLanes(l));
    this.camera = new CameraViewModel(lightBackground, ui);
    this.viewport = new ViewportViewModel(services.viewport(), lightBackground, ui);
    this.trainingPlan = new TrainingPlanViewModel(this, curation, lightBackground, ui);
    this.trainingSets = new TrainingSetViewModel(this, curation, trainingPlan);
    project.setOnAttached(drives::openRecorded);
    camera.setOverlaySource(b -> map() == null ? List.of() : map().within(b));
    tools.refresh(this::reasonFor);
    inspector.setEditor(null, reasonFor(Need.PROJECT));
    project
        .sessionProperty()
        .addListener(
            (o, a, b) -> {
              tools.refresh(this::reasonFor);
              inspector.setEditor(
                  b == null ? null : editing::editAttribute, reasonFor(Need.PROJECT));
              title.set(b == null ? "Mapsmith" : "Mapsmith - " + b.file().getFileName());
            });
    drives
        .activeProperty()
        .addListener(
            (o, a, d) -> {
              timeline.setFrameTimes(d == null ? new long[0] : d.frameTimesNs());
              title.set(d == null ? "Mapsmith" : "Mapsmith - " + d.id());
              camera.show(d, timeline.timeNs());
              signals.show(d);
              tools.refresh(this::reasonFor);
            });
    drives.list().addListener((Observable x) -> explorer.showDrives(drives.list()));
    drives.list().addListener((Observable x) -> trainingPlan.drivesChanged());
    project.areas().addListener((Observable x) -> areasChanged());
    project.findings().addListener((Observable x) -> explorer.showFindings(project.findings()));
    timeline
        .frameProperty()
        .addListener((o, a, b) -> camera.show(activeDrive(), timeline.timeNs()));
    project
        .mapProperty()
        .addListener(
            (o, a, m) -> {
              explorer.showMap(m); // the explorer and the curation follow the map's edits
              curation.follow(m, project.areas());
              trainingPlan.projectChanged();
            });
    project.mapVersionProperty().addListener(x -> mapChanged());
    new SceneFeed(drives, project, inspector, viewport, ui);
  }

  private LoadedDrive activeDrive() {
    return drives.activeProperty().get();
  }

  /** Empty when {@code need} is met, else the reason shown on disabled actions. */
  @Override
  public String reasonFor(Need need) {
    return Readiness.reason(need, services, activeDrive() != null, session() != null);
  }

  /**
   * Opens a drive folder or file, or a project file, in the background; returns its job, or null
   * when it cannot even start (the reason is in {@link #alertProperty()} and the log).
   */
  public Job open(Path path) {
    if (!Files.exists(path)) {
      return refuse("cannot open " + path + ": no such file or folder");
    }
    if (ProjectViewModel.looksLikeProject(path)) {
      return project.open(path);
    }
    Availability a = services.drives().availability();
    if (!a.available()) {
      return refuse("cannot open drive " + path + ": " + a.reason());
    }
    return drives.open(path);
  }

  /** Creates a project file in the frame of the active drive (a local frame without one). */
  public Job createProject(Path file) {
    return project.create(
        file,
        activeDrive() == null ? new NamedLocalFrame("local") : activeDrive().metadata().frame());
  }

  /** Makes {@code opened} the current project (closing the previous one) and shows its state. */
  public void attachProject(Project opened) {
    project.attach(opened);
  }

  /** After an edit (or a new map): what is not a follower of the map catches up. */
  private void mapChanged() {
    camera.show(activeDrive(), timeline.timeNs()); // redraws the primitives in it
    truth.mapChanged();
    Primitive sel = inspector.selectedProperty().get();
    if (sel != null && map() != null) {
      inspector.selectedProperty().set(map().get(sel.id()).orElse(null));
    }
  }

  private void areasChanged() {
    explorer.showAreas(project.areas());
    curation.setAreas(project.areas());
  }

  @Override
  public double groundZ(double x, double y, double fallback) {
    return drives.groundZ(x, y, fallback);
  }

  /** The rectangle drawn with the Area tool, or null. */
  public ObjectProperty<Bounds2> areaSelectionProperty() {
    return areaSelection;
  }

  /** Editing and review of the open project. */
  public EditingViewModel editing() {
    return editing;
  }

  /** The project's lanelets: selection, relations and lane edits. */
  public LaneletViewModel lanelets() {
    return lanelets;
  }

  /** Workflow 3: reconstruction into the project. */
  public ReconstructionViewModel reconstruction() {
    return reconstruction;
  }

  /** Validation, the check against a truth map, the map's export. */
  public MapChecksViewModel checks() {
    return checks;
  }

  /** Workflow 7: the training set's plan before export (splits, counts, warning, previews). */
  public TrainingPlanViewModel trainingPlan() {
    return trainingPlan;
  }

  /** Workflow 7: saving and exporting the curated training set. */
  public TrainingSetViewModel trainingSets() {
    return trainingSets;
  }

  @Override
  public ProjectSession session() {
    return project.sessionProperty().get();
  }

  @Override
  public MapModel map() {
    return project.mapProperty().get();
  }

  @Override
  public List<LoadedDrive> openDrives() {
    return List.copyOf(drives.list());
  }

  @Override
  public List<DriveRecord> projectDrives() {
    return project.drives();
  }

  @Override
  public int areaCount() {
    return project.areas().size();
  }

  @Override
  public void clearAreaSelection() {
    areaSelection.set(null);
  }

  public EditTools editTools() {
    return editTools;
  }

  public LidarViewModel lidar() {
    return lidar;
  }

  public CurationViewModel curation() {
    return curation;
  }

  /**
   * Flies the views to a validator finding: selects its primitive, points the 3D camera at its
   * location and centres the top view there.
   */
  public void showFinding(FindingRow f) {
    if (f.primitiveId() != 0 && map() != null) {
      inspector.selectedProperty().set(map().get(f.primitiveId()).orElse(null));
    }
    if (lanelets.isLanelet(f.primitiveId())) {
      lanelets.selectedProperty().set(f.primitiveId()); // a topology.* finding
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
    return project.sessionProperty();
  }

  public ReadOnlyStringProperty undoProperty() {
    return project.undoProperty();
  }

  public ReadOnlyStringProperty redoProperty() {
    return project.redoProperty();
  }

  /** Drives of the open project whose files are no longer where the project says. */
  public ObservableList<DriveRecord> missingDrives() {
    return project.missingDrives();
  }

  /** Points a moved drive at its new place (checked against the drive's fingerprint). */
  public CompletableFuture<DriveRecord> relink(String driveId, Path newPath) {
    return project.relink(driveId, newPath);
  }

  @Override
  public Job refuse(String message) {
    log.error(message);
    alert.set(null);
    alert.set(message);
    return null;
  }

  /** Closes every open drive; call when the window closes. */
  public void close() {
    project.close();
    viewport.close();
    drives.close();
  }

  public ObservableList<LoadedDrive> drives() {
    return drives.list();
  }

  public ObjectProperty<LoadedDrive> activeDriveProperty() {
    return drives.activeProperty();
  }

  /** The open project's map; edits change it in place ({@link #mapVersionProperty()}). */
  public ReadOnlyObjectProperty<MapModel> mapProperty() {
    return project.mapProperty();
  }

  /** Changes with every change to the shown map: for views that redraw it. */
  public ReadOnlyLongProperty mapVersionProperty() {
    return project.mapVersionProperty();
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
