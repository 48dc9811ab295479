package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LidarTile;
import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.raster.PaintRidge;
import dev.mapsmith.labeling.export.training.DriveLidar;
import dev.mapsmith.labeling.export.training.DriveSurvey;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The lidar under the top view's vectors (issue 22, point 7): the active drive's accumulated lidar
 * as the training set sees it (the export's tiles, {@link DriveSurvey#rasters}), built in the
 * background for the window's tiles and kept per drive and tile; which channel is shown; and the
 * snapping of a dragged vertex to the centre of the painted line nearby ({@link PaintRidge}).
 */
public final class LidarViewModel {

  /** The most tiles built for one window (12 × 12 tiles, about 300 m square); zoom in for more. */
  public static final int MAX_TILES = 144;

  /** How far from the dragged point a painted line is looked for, across the line, metres. */
  public static final double SNAP_REACH_M = 0.5;

  private static final int MEAN_INTENSITY = LidarTile.CHANNELS.indexOf("mean_intensity");

  private final Workbench w;
  private final Supplier<LoadedDrive> active;
  private final LidarTiles tiles = new LidarTiles(200);
  private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
  private final BooleanProperty snapping = new SimpleBooleanProperty(this, "snapping", true);
  private final ObjectProperty<String> channel =
      new SimpleObjectProperty<>(this, "channel", "max_intensity");
  private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
  private Job building; // the tiles being built, or null
  private String stalled; // the drive whose last build failed or was cancelled: not retried

  LidarViewModel(Workbench w, Supplier<LoadedDrive> active) {
    this.w = w;
    this.active = active;
    shown.addListener((o, a, on) -> stalled = null); // turning the layer on again retries
  }

  /**
   * The built tiles with points that meet {@code window}, for the view to draw; asks for the
   * window's missing tiles in the background (one job at a time) unless the window spans more than
   * {@link #MAX_TILES}. Nothing when the layer is hidden.
   */
  public List<LidarTile> tilesFor(Bounds2 window) {
    LoadedDrive d = active.get();
    if (d == null || d.sweeps() == 0 || (!shown.get() && !snapping.get())) {
      note.set(d == null || d.sweeps() > 0 || !shown.get() ? "" : "lidar: " + d.id() + " has none");
      return List.of();
    }
    String key = key(d);
    long count = LidarTiles.count(window);
    if (count > MAX_TILES) {
      note.set(
          "lidar: zoom in to see it ("
              + count
              + " tiles in the window, at most "
              + MAX_TILES
              + ")");
    } else {
      List<LidarTiles.Key> missing = tiles.missing(key, window);
      if (!missing.isEmpty() && building == null && !key.equals(stalled)) {
        build(d, key, missing);
      }
      note.set(
          building != null
              ? "lidar: building " + d.id() + "..."
              : key.equals(stalled) ? "lidar: not built (U twice retries)" : "");
    }
    return shown.get() ? tiles.within(key, window) : List.of();
  }

  private void build(LoadedDrive d, String key, List<LidarTiles.Key> missing) {
    FrameOfReference frame = frame(d);
    Bounds2 area = LidarTiles.cover(missing);
    building =
        w.tasks()
            .submit(
                "Lidar under the map: " + d.id() + ", " + missing.size() + " tiles",
                m -> // the tiles are made here too, off the UI thread
                DriveSurvey.rasters(DriveLidar.of(d.log(), frame), area, m).stream()
                        .map(LidarTile::of)
                        .toList(),
                rasters -> {
                  tiles.put(key, missing, rasters);
                  version.set(version.get() + 1);
                });
    building
        .done()
        .thenAccept(
            outcome -> {
              building = null;
              if (outcome != Job.Outcome.SUCCEEDED) {
                stalled = key;
              }
              version.set(version.get() + 1);
            });
  }

  /** The frame the vectors are in: the project's, else the drive's own. */
  private FrameOfReference frame(LoadedDrive d) {
    return w.map() != null ? w.map().frame() : d.metadata().frame();
  }

  private String key(LoadedDrive d) {
    return d.id() + " in " + frame(d);
  }

  /**
   * Where vertex {@code vertex} of {@code p}, dragged to (x, y), lands: on the centre of the
   * painted line (the brightest intensity stripe across the line's direction at that vertex) within
   * {@link #SNAP_REACH_M}, when snapping is on and the lidar there is built; else at (x, y).
   */
  public double[] snap(Primitive p, int vertex, double x, double y) {
    LoadedDrive d = active.get();
    if (!snapping.get() || d == null || p == null || p.geometry().size() < 2) {
      return new double[] {x, y};
    }
    Polyline g = p.geometry();
    int n = g.size();
    int before = vertex > 0 ? vertex - 1 : p.closed() ? n - 1 : -1;
    int after = vertex < n - 1 ? vertex + 1 : p.closed() ? 0 : -1;
    double ax = before < 0 ? x : g.x(before), ay = before < 0 ? y : g.y(before);
    double bx = after < 0 ? x : g.x(after), by = after < 0 ? y : g.y(after);
    return PaintRidge.centre(
            tiles.field(key(d), MEAN_INTENSITY), x, y, ay - by, bx - ax, SNAP_REACH_M)
        .orElse(new double[] {x, y});
  }

  /** Switches to the next of the training set's channels, and says which. */
  public void nextChannel() {
    List<String> all = LidarTile.CHANNELS;
    channel.set(all.get((all.indexOf(channel.get()) + 1) % all.size()));
    w.log().tell("lidar channel: " + channel.get() + " (C: the next)");
  }

  /** Shows or hides the lidar layer, and says so. */
  public void toggleShown() {
    shown.set(!shown.get());
    w.log().tell("lidar under the vectors: " + (shown.get() ? "on" : "off") + " (U)");
  }

  /** Turns snapping to painted lines on or off, and says so. */
  public void toggleSnapping() {
    snapping.set(!snapping.get());
    w.log().tell("snapping to painted lines: " + (snapping.get() ? "on" : "off") + " (G)");
  }

  /** Whether the lidar is drawn under the vectors. */
  public BooleanProperty shownProperty() {
    return shown;
  }

  /** Whether a dragged vertex snaps to the painted line's centre nearby. */
  public BooleanProperty snappingProperty() {
    return snapping;
  }

  /** The channel shown, one of {@link LidarTile#CHANNELS}. */
  public ObjectProperty<String> channelProperty() {
    return channel;
  }

  /** Changes whenever built tiles arrive (or a build ends): for the view to redraw. */
  public ReadOnlyLongProperty versionProperty() {
    return version.getReadOnlyProperty();
  }

  /** What the layer waits for or why it shows nothing ("lidar: building ..."), or "". */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** How many tiles are held (with or without points). */
  public int heldTiles() {
    return tiles.size();
  }
}
