package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.reconstruction.eval.Chamfer;
import dev.mapsmith.reconstruction.eval.ClippedLine;
import dev.mapsmith.reconstruction.eval.WindowClip;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Judges one observed piece of a prior element against a drive's detections in the piece's window,
 * with the evaluation's machinery: both cut to the window and resampled to 100 points ({@link
 * WindowClip}), points paired nearest to nearest ({@link Chamfer#nearest}). In order: supported by
 * a detection of its class within {@code match} (confirmed, moved when the median sideways offset
 * is at least {@code moveMin}, or attribute_changed when the detection's pattern or colour
 * differs); else a consistent offset to a detection no other prior element claims (moved); else a
 * detection of another class (attribute_changed, class); else paint where a painted element should
 * be (confirmed, the reconstruction missed it); else removed.
 */
final class ChunkJudge {

  private final ChangeConfig cfg;

  ChunkJudge(ChangeConfig cfg) {
    this.cfg = cfg;
  }

  ChunkOutcome judge(
      Chunk chunk,
      Primitive prior,
      double paint,
      List<Primitive> detections,
      List<Primitive> otherPriors) {
    double[] p = Chamfer.resample(chunk.local(), chunk.closed());
    MapClass c = prior.mapClass();
    List<ClippedLine> same = WindowClip.clip(chunk.window(), detections, c);
    Pairing near = Pairing.of(p, same, null, Double.POSITIVE_INFINITY);
    double support = near.share(cfg.match());
    if (support >= cfg.minSupport()) {
      double offset = chunk.closed() ? 0 : near.medianOffset(cfg.match());
      Primitive found = near.mostSupporting(cfg.match());
      if (Math.abs(offset) >= moveMin(c) && near.offsetSpread(cfg.match()) <= cfg.moveSpread()) {
        return outcome(Verdict.MOVED, chunk, offset, near, support, List.of(), found);
      }
      List<String> changed = Attributes.differences(prior, found, paint, cfg);
      Verdict v = changed.isEmpty() ? Verdict.CONFIRMED : Verdict.ATTRIBUTE_CHANGED;
      return outcome(v, chunk, Double.NaN, near, support, changed, found);
    }
    if (!chunk.closed()) {
      List<ClippedLine> others = WindowClip.clip(chunk.window(), otherPriors, c);
      Pairing far = Pairing.of(p, same, others, cfg.claim());
      double farSupport = far.share(cfg.moveMax());
      double offset = far.medianOffset(cfg.moveMax());
      if (farSupport >= cfg.minSupport()
          && Math.abs(offset) >= moveMin(c)
          && far.offsetSpread(cfg.moveMax()) <= cfg.moveSpread()) {
        return outcome(
            Verdict.MOVED,
            chunk,
            offset,
            far,
            farSupport,
            List.of(),
            far.mostSupporting(cfg.moveMax()));
      }
    }
    MapClass k = swapped(c);
    if (k != null) {
      Pairing other = Pairing.of(p, WindowClip.clip(chunk.window(), detections, k), null, 0);
      double s = other.share(cfg.match());
      if (s >= cfg.minSupport()) {
        return outcome(
            Verdict.ATTRIBUTE_CHANGED,
            chunk,
            Double.NaN,
            other,
            s,
            List.of("class: " + c.key() + " -> " + k.key()),
            other.mostSupporting(cfg.match()));
      }
    }
    if (c == MapClass.BOUNDARY) {
      // no paint to check: a curb the reconstruction did not find is not evidence of removal
      return outcome(Verdict.UNOBSERVED, chunk, Double.NaN, near, support, List.of(), null);
    }
    double present = c == MapClass.DIVIDER ? cfg.paintPresent() : cfg.paintPresentMark();
    if (paint >= present) {
      return outcome(Verdict.CONFIRMED, chunk, Double.NaN, near, support, List.of(), null);
    }
    return outcome(Verdict.REMOVED, chunk, Double.NaN, near, support, List.of(), null);
  }

  private double moveMin(MapClass c) {
    return c == MapClass.BOUNDARY ? cfg.moveMinEdge() : cfg.moveMin();
  }

  /** The class a lane line or road edge can turn into (a closed lane's line is a barrier). */
  private static MapClass swapped(MapClass c) {
    return switch (c) {
      case DIVIDER -> MapClass.BOUNDARY;
      case BOUNDARY -> MapClass.DIVIDER;
      default -> null;
    };
  }

  private ChunkOutcome outcome(
      Verdict v,
      Chunk chunk,
      double offset,
      Pairing pairing,
      double support,
      List<String> changed,
      Primitive found) {
    return new ChunkOutcome(
        v, chunk.length(), offset, pairing.medianDistance(cfg.moveMax()), support, changed, found);
  }

  /** Each prior point's nearest detection point (skipping claimed ones) over several detections. */
  private record Pairing(double[] distance, double[] offset, Primitive[] from) {

    static Pairing of(
        double[] p, List<ClippedLine> detections, List<ClippedLine> claimers, double claim) {
      int n = p.length / 2;
      double[] dist = new double[n], off = new double[n];
      Primitive[] from = new Primitive[n];
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      for (ClippedLine d : detections) {
        double[] q = claimers == null ? d.points() : unclaimed(d.points(), claimers, claim);
        if (q.length < 2) {
          continue;
        }
        int[] idx = Chamfer.nearest(p, q);
        for (int i = 0; i < n; i++) {
          double dx = q[2 * idx[i]] - p[2 * i], dy = q[2 * idx[i] + 1] - p[2 * i + 1];
          double dd = Math.hypot(dx, dy);
          if (dd < dist[i]) {
            dist[i] = dd;
            off[i] = dy;
            from[i] = d.source();
          }
        }
      }
      return new Pairing(dist, off, from);
    }

    private static double[] unclaimed(double[] q, List<ClippedLine> claimers, double claim) {
      double[] out = new double[q.length];
      int k = 0;
      for (int j = 0; j < q.length / 2; j++) {
        boolean claimed = false;
        for (ClippedLine o : claimers) {
          double[] r = o.points();
          for (int i = 0; i < r.length / 2 && !claimed; i++) {
            claimed = Math.hypot(r[2 * i] - q[2 * j], r[2 * i + 1] - q[2 * j + 1]) <= claim;
          }
        }
        if (!claimed) {
          out[k++] = q[2 * j];
          out[k++] = q[2 * j + 1];
        }
      }
      return Arrays.copyOf(out, k);
    }

    double share(double within) {
      int k = 0;
      for (double d : distance) {
        k += d <= within ? 1 : 0;
      }
      return (double) k / distance.length;
    }

    private double[] within(double[] values, double limit) {
      List<Double> out = new ArrayList<>();
      for (int i = 0; i < distance.length; i++) {
        if (distance[i] <= limit) {
          out.add(values[i]);
        }
      }
      return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double medianOffset(double limit) {
      return median(within(offset, limit));
    }

    double medianDistance(double limit) {
      return median(within(distance, limit));
    }

    /** Median absolute deviation of the offsets within {@code limit}. */
    double offsetSpread(double limit) {
      double[] o = within(offset, limit);
      double m = median(o);
      for (int i = 0; i < o.length; i++) {
        o[i] = Math.abs(o[i] - m);
      }
      return median(o);
    }

    Primitive mostSupporting(double limit) {
      java.util.Map<Primitive, Integer> votes = new java.util.HashMap<>();
      for (int i = 0; i < distance.length; i++) {
        if (distance[i] <= limit && from[i] != null) {
          votes.merge(from[i], 1, Integer::sum);
        }
      }
      return votes.entrySet().stream()
          .max(java.util.Map.Entry.comparingByValue())
          .map(java.util.Map.Entry::getKey)
          .orElse(null);
    }

    private static double median(double[] v) {
      if (v.length == 0) {
        return Double.NaN;
      }
      double[] s = v.clone();
      Arrays.sort(s);
      return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
  }
}
