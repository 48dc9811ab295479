package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.ops.CameraOverlay;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraStream;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The camera panel: the frame of the drive's first camera nearest the timeline's time, decoded in
 * the background. When the timeline moves faster than frames decode, only the latest request is
 * shown.
 */
public final class CameraViewModel {

  private final Executor background;
  private final Executor ui;
  private final AtomicLong generation = new AtomicLong();
  private final ReadOnlyObjectWrapper<BufferedImage> image =
      new ReadOnlyObjectWrapper<>(this, "image");
  private final ReadOnlyStringWrapper caption =
      new ReadOnlyStringWrapper(this, "caption", "no drive open");

  /** How far around the vehicle primitives are handed to the overlay (it draws those within 80). */
  static final double OVERLAY_REACH_METRES = 100;

  private Function<Bounds2, List<Primitive>> overlay = b -> List.of();

  /**
   * Where the primitives drawn into each frame come from: asked, on the UI thread, for those near
   * the vehicle when a frame is shown (the map's window query, so nothing is copied per edit).
   */
  public void setOverlaySource(Function<Bounds2, List<Primitive>> primitivesWithin) {
    overlay = primitivesWithin;
  }

  public CameraViewModel(Executor background, Executor ui) {
    this.background = background;
    this.ui = ui;
  }

  public ReadOnlyObjectProperty<BufferedImage> imageProperty() {
    return image.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty captionProperty() {
    return caption.getReadOnlyProperty();
  }

  /** Shows the frame of {@code drive}'s first camera at {@code timeNs}. */
  public void show(LoadedDrive drive, long timeNs) {
    long gen = generation.incrementAndGet();
    if (drive == null || drive.log().cameras().isEmpty()) {
      image.set(null);
      caption.set(drive == null ? "no drive open" : "this drive has no camera");
      return;
    }
    CameraStream cam = drive.log().cameras().get(0);
    CameraFrame frame = nearest(cam.frames(), timeNs);
    if (frame == null) {
      image.set(null);
      caption.set(cam.name() + ": no frames");
      return;
    }
    RigidTransform pose = drive.log().trajectory().at(frame.timestampNs());
    List<Primitive> near =
        List.copyOf(
            overlay.apply(
                new Bounds2(pose.tx(), pose.ty(), pose.tx(), pose.ty())
                    .expand(OVERLAY_REACH_METRES)));
    background.execute(
        () -> {
          if (generation.get() != gen) {
            return;
          }
          BufferedImage decoded;
          String text;
          try {
            decoded = frame.decode();
            text = cam.name() + "  frame " + frame.index();
          } catch (Exception e) {
            decoded = null;
            text = cam.name() + " frame " + frame.index() + " unreadable: " + e.getMessage();
          }
          if (decoded != null && generation.get() == gen) {
            try {
              decoded = CameraOverlay.draw(drive.log(), cam, frame, decoded, near);
              text += "  with lidar and primitives";
            } catch (Exception e) {
              text += "  (no overlay: " + e.getMessage() + ")";
            }
          }
          BufferedImage result = decoded;
          String shown = text;
          ui.execute(
              () -> {
                if (generation.get() == gen) {
                  image.set(result);
                  caption.set(shown);
                }
              });
        });
  }

  static CameraFrame nearest(List<CameraFrame> frames, long timeNs) {
    CameraFrame best = null;
    long bestDt = Long.MAX_VALUE;
    int lo = 0, hi = frames.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (frames.get(mid).timestampNs() < timeNs) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = Math.max(0, lo - 1); i <= Math.min(frames.size() - 1, lo); i++) {
      long dt = Math.abs(frames.get(i).timestampNs() - timeNs);
      if (dt < bestDt) {
        bestDt = dt;
        best = frames.get(i);
      }
    }
    return best;
  }
}
