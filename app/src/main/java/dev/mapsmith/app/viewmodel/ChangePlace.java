package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LoadedDrive;
import java.util.Arrays;

/** Where a change is seen from: the frame of a drive whose vehicle passes nearest to it. */
public final class ChangePlace {

  private ChangePlace() {}

  /**
   * The timeline frame of {@code drive} at the pose nearest to (x, y) in the ground plane (the
   * frame whose time is closest to that pose's), or -1 for a drive without poses or frames.
   */
  public static int nearestFrame(LoadedDrive drive, double x, double y) {
    double[] xy = drive.trajectoryXy();
    long[] frames = drive.frameTimesNs();
    if (xy.length == 0 || frames.length == 0) {
      return -1;
    }
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i = 0; i < xy.length / 2; i++) {
      double d = Math.hypot(xy[2 * i] - x, xy[2 * i + 1] - y);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    long t = drive.log().trajectory().poses().get(best).timestampNs();
    int k = Arrays.binarySearch(frames, t);
    if (k >= 0) {
      return k;
    }
    int after = -k - 1;
    if (after == 0) {
      return 0;
    }
    if (after >= frames.length) {
      return frames.length - 1;
    }
    return t - frames[after - 1] <= frames[after] - t ? after - 1 : after;
  }
}
