package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.ops.DriveClouds;
import dev.mapsmith.app.ops.GroundHeights;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.task.TaskExecutor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.viewer3d.PointCloud;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The drives open in the window: opening them in the background, the active one, and their lidar
 * sampled for the 3D view and for ground heights. Changes on the UI thread.
 */
public final class DrivesViewModel {

  private final Services services;
  private final TaskExecutor tasks;
  private final LogModel log;
  private final Consumer<Path> remember;
  private final ObservableList<LoadedDrive> drives = FXCollections.observableArrayList();
  private final ObjectProperty<LoadedDrive> active = new SimpleObjectProperty<>(this, "drive");
  private final Map<LoadedDrive, PointCloud> clouds = new LinkedHashMap<>();
  private final Map<LoadedDrive, GroundHeights> grounds = new LinkedHashMap<>();
  private final ReadOnlyIntegerWrapper cloudsLoaded = new ReadOnlyIntegerWrapper(this, "clouds");

  /** {@code remember} notes an opened drive's path in the recent list. */
  DrivesViewModel(Services services, TaskExecutor tasks, LogModel log, Consumer<Path> remember) {
    this.services = services;
    this.tasks = tasks;
    this.log = log;
    this.remember = remember;
  }

  /** Opens a drive folder or file in the background (the caller checked availability). */
  Job open(Path path) {
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
        this::add);
  }

  /** Adds an opened drive, makes it the active one and samples its lidar for the 3D view. */
  public void add(LoadedDrive drive) {
    drives.add(drive);
    active.set(drive);
    log.info("opened " + drive.describe());
    remember.accept(drive.metadata().path());
    if (services.viewport().availability().available() && !drive.log().sweeps().isEmpty()) {
      tasks.submit(
          "Load lidar of " + drive.id() + " for the 3D view",
          m -> {
            var c = DriveClouds.sample(drive.log(), DriveClouds.Limits.DEFAULT, m);
            return c == null ? null : Map.entry(c, GroundHeights.of(c));
          },
          c -> {
            if (c != null && drives.contains(drive)) {
              clouds.put(drive, c.getKey());
              grounds.put(drive, c.getValue());
              cloudsLoaded.set(cloudsLoaded.get() + 1);
            }
          });
    }
  }

  /** Opens the project's drives that are where it says and not open yet (moved ones: relink). */
  void openRecorded(List<DriveRecord> records) {
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

  /**
   * The ground's height at (x, y) from the open drives' lidar, or {@code fallback} where there is
   * none (no lidar loaded, or none within 1 m).
   */
  double groundZ(double x, double y, double fallback) {
    for (GroundHeights g : grounds.values()) {
      double z = g.at(x, y);
      if (!Double.isNaN(z)) {
        return z;
      }
    }
    return fallback;
  }

  public ObservableList<LoadedDrive> list() {
    return drives;
  }

  public ObjectProperty<LoadedDrive> activeProperty() {
    return active;
  }

  /** The lidar sampled for the 3D view, one cloud per drive that has one. */
  List<PointCloud> clouds() {
    return List.copyOf(clouds.values());
  }

  /** Counts the clouds loaded so far; changes each time one arrives. */
  public ReadOnlyIntegerProperty cloudsLoadedProperty() {
    return cloudsLoaded.getReadOnlyProperty();
  }

  /** Closes every open drive. */
  void close() {
    drives.forEach(d -> d.log().close());
    drives.clear();
    clouds.clear();
    grounds.clear();
  }
}
