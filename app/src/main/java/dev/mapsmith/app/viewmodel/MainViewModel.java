package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.task.TaskExecutor;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.drivelog.DriveLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
public final class MainViewModel {

  private final Services services;
  private final TaskExecutor tasks;
  private final LogModel log;
  private final AppPreferences prefs;
  private final ObservableList<LoadedDrive> drives = FXCollections.observableArrayList();
  private final ObjectProperty<LoadedDrive> activeDrive = new SimpleObjectProperty<>(this, "drive");
  private final ObjectProperty<MapView> map = new SimpleObjectProperty<>(this, "map");
  private final ObservableList<AreaRow> areas = FXCollections.observableArrayList();
  private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Mapsmith");
  private final ReadOnlyStringWrapper alert = new ReadOnlyStringWrapper(this, "alert");

  private final ExplorerViewModel explorer = new ExplorerViewModel();
  private final TimelineViewModel timeline = new TimelineViewModel();
  private final InspectorViewModel inspector = new InspectorViewModel();
  private final ToolPaletteViewModel tools = new ToolPaletteViewModel();
  private final CameraViewModel camera;

  public MainViewModel(
      Services services,
      TaskExecutor tasks,
      LogModel log,
      AppPreferences prefs,
      Executor lightBackground,
      Executor ui) {
    this.services = services;
    this.tasks = tasks;
    this.log = log;
    this.prefs = prefs;
    this.camera = new CameraViewModel(lightBackground, ui);
    tools.refresh(this::reasonFor);
    inspector.setEditor(null, services.projects().reason());
    activeDrive.addListener(
        (o, a, d) -> {
          timeline.setFrameTimes(d == null ? new long[0] : d.frameTimesNs());
          title.set(d == null ? "Mapsmith" : "Mapsmith - " + d.id());
          camera.show(d, timeline.timeNs());
          tools.refresh(this::reasonFor);
        });
    timeline
        .frameProperty()
        .addListener((o, a, b) -> camera.show(activeDrive.get(), timeline.timeNs()));
    map.addListener((o, a, b) -> rebuildExplorer());
  }

  /** Empty when {@code need} is met, else the reason shown on disabled actions. */
  public String reasonFor(Need need) {
    return switch (need) {
      case NOTHING -> "";
      case DRIVE -> activeDrive.get() != null ? "" : "open a drive first";
      case PROJECT ->
          !services.projects().available()
              ? services.projects().reason()
              : map.get() == null ? "open or create a project first" : "";
      case RECONSTRUCTION ->
          !services.reconstruction().available()
              ? services.reconstruction().reason()
              : activeDrive.get() == null ? "open a drive first" : "";
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
      return refuse(
          "cannot open project " + path + ": " + (a.available() ? "not wired yet" : a.reason()));
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

  static boolean looksLikeProject(Path path) {
    String name =
        path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(path) && (name.endsWith(".mapsmith") || name.endsWith(".msproj"));
  }

  private Job refuse(String message) {
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
    drives.forEach(d -> d.log().close());
    drives.clear();
  }

  public ObservableList<LoadedDrive> drives() {
    return drives;
  }

  public ObjectProperty<LoadedDrive> activeDriveProperty() {
    return activeDrive;
  }

  public ObjectProperty<MapView> mapProperty() {
    return map;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** A message for an error dialog; set anew each time something cannot be done. */
  public ReadOnlyStringProperty alertProperty() {
    return alert.getReadOnlyProperty();
  }

  public Services services() {
    return services;
  }

  public TaskExecutor tasks() {
    return tasks;
  }

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
