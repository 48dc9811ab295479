package dev.mapsmith.app.viewmodel;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The timeline: the frames of the active drive (their times), the current frame, and playback in
 * real time. The View's animation timer calls {@link #advance} with the elapsed time.
 */
public final class TimelineViewModel {

  private long[] times = new long[0];
  private final IntegerProperty frame = new SimpleIntegerProperty(this, "frame", 0);
  private final ReadOnlyIntegerWrapper frameCount = new ReadOnlyIntegerWrapper(this, "count", 0);
  private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
  private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "no drive");
  private long playheadNs;

  public TimelineViewModel() {
    frame.addListener((o, a, b) -> updateLabel());
    playing.addListener(
        (o, a, b) -> {
          if (b && frameCount.get() == 0) {
            playing.set(false);
          } else if (b) {
            if (frame.get() >= frameCount.get() - 1) {
              frame.set(0);
            }
            playheadNs = times[frame.get()];
          }
        });
  }

  /** Shows the frames of a drive, given their times in increasing order; goes to frame 0. */
  public void setFrameTimes(long[] frameTimesNs) {
    playing.set(false);
    times = frameTimesNs.clone();
    frameCount.set(times.length);
    frame.set(0);
    updateLabel();
  }

  public IntegerProperty frameProperty() {
    return frame;
  }

  public ReadOnlyIntegerProperty frameCountProperty() {
    return frameCount.getReadOnlyProperty();
  }

  public BooleanProperty playingProperty() {
    return playing;
  }

  public ReadOnlyStringProperty labelProperty() {
    return label.getReadOnlyProperty();
  }

  /** The time of the current frame, ns; 0 when there are no frames. */
  public long timeNs() {
    return times.length == 0 ? 0 : times[frame.get()];
  }

  public long startNs() {
    return times.length == 0 ? 0 : times[0];
  }

  public long endNs() {
    return times.length == 0 ? 0 : times[times.length - 1];
  }

  public void step(int delta) {
    if (times.length > 0) {
      frame.set(Math.max(0, Math.min(times.length - 1, frame.get() + delta)));
    }
  }

  public void togglePlay() {
    playing.set(!playing.get());
  }

  /** Jumps to the last frame at or before {@code timeNs} (the first frame when before it). */
  public void seek(long timeNs) {
    if (times.length == 0) {
      return;
    }
    int i = Arrays.binarySearch(times, timeNs);
    int index = i >= 0 ? i : Math.max(0, -i - 2);
    frame.set(index);
    playheadNs = times[index];
  }

  /** Moves the playhead by {@code elapsedNs} of wall time while playing; stops at the end. */
  public void advance(long elapsedNs) {
    if (!playing.get() || times.length == 0) {
      return;
    }
    playheadNs += elapsedNs;
    int i = Arrays.binarySearch(times, playheadNs);
    int index = i >= 0 ? i : Math.max(0, -i - 2);
    frame.set(Math.min(index, times.length - 1));
    if (playheadNs >= times[times.length - 1]) {
      playing.set(false);
    }
  }

  private void updateLabel() {
    if (times.length == 0) {
      label.set("no drive");
      return;
    }
    label.set(
        String.format(
            "%.2f s / %.2f s   frame %d of %d",
            (timeNs() - startNs()) / 1e9,
            (endNs() - startNs()) / 1e9,
            frame.get() + 1,
            times.length));
  }
}
