package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.eval.EvalWindow;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores verdicts against the truth of a changed world (docs/changes.md), as counts that pool over
 * drives: per change type, true positives (observed changes given the expected verdict: on the
 * element, a move within {@code tolerance} of its displacement, an addition whose geometry runs
 * within {@code tolerance} along 30 % or 10 m of the added element), false negatives and false
 * positives (change verdicts that match no change, put under the type their verdict and class stand
 * for); unchanged elements kept (confirmed or unobserved); changes out of sight left unobserved;
 * and per window along the drive (TbV's frames) whether a change was there and whether one was
 * reported.
 */
public final class ChangeScore {

  /** Counts of one drive or a pool. */
  public static final class Counts {
    public final Map<String, int[]> perType = new TreeMap<>(); // tp, fn, fp
    public int unchanged;
    public int unchangedKept;
    public int unseenChanges;
    public int unseenKept;
    public final int[][] frames = new int[2][2]; // [truth mismatch][predicted mismatch]

    int[] type(String t) {
      return perType.computeIfAbsent(t, k -> new int[3]);
    }

    public void add(Counts o) {
      o.perType.forEach(
          (k, v) -> {
            int[] m = type(k);
            for (int i = 0; i < 3; i++) {
              m[i] += v[i];
            }
          });
      unchanged += o.unchanged;
      unchangedKept += o.unchangedKept;
      unseenChanges += o.unseenChanges;
      unseenKept += o.unseenKept;
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
          frames[i][j] += o.frames[i][j];
        }
      }
    }

    /** TbV's mean accuracy: the mean of the accuracy on unchanged frames and on changed ones. */
    public double mAcc() {
      double a = ratio(frames[0][0], frames[0][0] + frames[0][1]);
      double b = ratio(frames[1][1], frames[1][0] + frames[1][1]);
      return (a + b) / 2;
    }

    public static double ratio(int k, int n) {
      return n == 0 ? Double.NaN : (double) k / n;
    }
  }

  private ChangeScore() {}

  /**
   * Scores one drive's verdicts (in the frame of the truth geometry) against its changes; {@code
   * windows} are the drive's frames, {@code minConfidence} the confidence a change verdict needs to
   * mark a frame changed.
   */
  public static Counts score(
      List<ChangeVerdict> verdicts,
      List<TruthChange> truth,
      List<EvalWindow> windows,
      double tolerance,
      double minConfidence) {
    Counts c = new Counts();
    Set<Long> touched = new HashSet<>();
    truth.forEach(t -> touched.addAll(t.elements()));
    Set<ChangeVerdict> explained = new HashSet<>();
    for (TruthChange t : truth) {
      ChangeVerdict hit = find(verdicts, t, tolerance);
      if (!t.observed()) {
        c.unseenChanges++;
        boolean kept =
            t.expected() == Verdict.ADDED
                ? hit == null
                : verdicts.stream()
                    .anyMatch(v -> v.element() == t.element() && v.verdict() == Verdict.UNOBSERVED);
        c.unseenKept += kept ? 1 : 0;
        if (hit != null) {
          explained.add(hit); // a change that is there is no false positive
        }
        continue;
      }
      if (hit != null) {
        explained.add(hit);
        c.type(t.type())[0]++;
      } else {
        c.type(t.type())[1]++;
      }
    }
    for (ChangeVerdict v : verdicts) {
      if (v.verdict().isChange() && !explained.contains(v) && !touched.contains(v.element())) {
        c.type(typeOf(v))[2]++;
      }
      if (v.element() != 0 && !touched.contains(v.element())) {
        c.unchanged++;
        c.unchangedKept += v.verdict().isChange() ? 0 : 1;
      }
    }
    for (EvalWindow w : windows) {
      boolean changed = truth.stream().anyMatch(t -> t.observed() && inside(w, t.geometry()));
      boolean said =
          verdicts.stream()
              .anyMatch(
                  v ->
                      v.verdict().isChange()
                          && v.confidence() >= minConfidence
                          && inside(w, v.prior() != null ? v.prior() : v.found()));
      c.frames[changed ? 1 : 0][said ? 1 : 0]++;
    }
    return c;
  }

  private static ChangeVerdict find(List<ChangeVerdict> verdicts, TruthChange t, double tol) {
    for (ChangeVerdict v : verdicts) {
      if (v.verdict() != t.expected()) {
        continue;
      }
      if (t.expected() == Verdict.ADDED) {
        if (near(v.found(), t.geometry(), tol)) {
          return v;
        }
      } else if (v.element() == t.element()
          && (t.expected() != Verdict.MOVED
              || Math.abs(v.displacementM() - t.displacementM()) <= tol)) {
        return v;
      }
    }
    return null;
  }

  /**
   * Whether {@code found} lies along the added element: the samples of {@code truth} within {@code
   * tol} of it cover 30 % of the element or 10 m (a drive sees part of a long line, and one found
   * line may run along two added elements end to end).
   */
  private static boolean near(Polyline found, Polyline truth, double tol) {
    double[] xy = Samples.along(truth, false, 0.5);
    int n = xy.length / 2, covered = 0;
    for (int i = 0; i < n; i++) {
      covered += Polylines.distanceTo2d(found, xy[2 * i], xy[2 * i + 1]) <= tol ? 1 : 0;
    }
    double step = Polylines.length2d(truth, false) / Math.max(1, n - 1);
    return covered >= 0.3 * n || covered * step >= 10;
  }

  private static boolean inside(EvalWindow w, Polyline g) {
    for (int i = 0; i < g.size(); i++) {
      if (Math.abs(w.localX(g.x(i), g.y(i))) <= w.length() / 2
          && Math.abs(w.localY(g.x(i), g.y(i))) <= w.width() / 2) {
        return true;
      }
    }
    return false;
  }

  /** The change type a verdict stands for, for false positives. */
  static String typeOf(ChangeVerdict v) {
    MapClass c = v.mapClass();
    String prefix =
        switch (c) {
          case DIVIDER -> "line";
          case PED_CROSSING -> "crosswalk";
          case STOP_LINE -> "stop_line";
          case BOUNDARY -> "boundary";
          default -> "other";
        };
    return switch (v.verdict()) {
      case REMOVED -> prefix + "_removed";
      case ADDED -> prefix + "_added";
      case MOVED -> prefix + "_moved";
      case ATTRIBUTE_CHANGED -> {
        String what = v.changed().isEmpty() ? "" : v.changed().get(0);
        yield what.startsWith("class")
            ? "lane_closed"
            : what.startsWith("colour") ? "line_color" : "line_pattern";
      }
      default -> "other";
    };
  }
}
