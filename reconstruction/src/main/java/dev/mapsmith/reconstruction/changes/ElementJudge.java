package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One drive's verdict on one prior element: samples along it, which of them the drive observed
 * ({@link ObservationCoverage}); unobserved when less than {@code minObserved} of it was; else its
 * observed runs, cut into pieces of at most {@code chunkLength}, each judged ({@link ChunkJudge})
 * and the verdict with the most length wins. Confidence = the winner's share of the judged length
 * times how much was observed (full from 80 %).
 */
final class ElementJudge {

  private final ChangeConfig cfg;
  private final ChunkJudge chunks;

  ElementJudge(ChangeConfig cfg) {
    this.cfg = cfg;
    this.chunks = new ChunkJudge(cfg);
  }

  /** The verdict, and the detections its pieces matched (they are no additions). */
  record Judged(ChangeVerdict verdict, Set<Primitive> matched) {}

  Judged judge(Primitive prior, DriveEvidence drive, List<Primitive> otherPriors) {
    double[] xy = Samples.along(prior.geometry(), prior.closed(), cfg.sampleStep());
    ObservationCoverage.Look look = drive.coverage().look(xy, cfg.seenRadius(), cfg.paintRadius());
    double observed = look.observedFraction();
    Evidence unseen = new Evidence(observed, look.paintCoverage(), Double.NaN, 0);
    if (observed < cfg.minObserved()) {
      return new Judged(
          verdict(
              prior, Verdict.UNOBSERVED, 1 - observed, unseen, drive, List.of(), Double.NaN, null),
          Set.of());
    }
    List<ChunkOutcome> outcomes = new ArrayList<>();
    for (int[] run : runs(look.observed(), prior.closed())) {
      double[] piece = Samples.slice(xy, run[0], run[1]);
      boolean[] paint = java.util.Arrays.copyOfRange(look.paint(), run[0], run[1]);
      int painted = 0;
      for (boolean b : paint) {
        painted += b ? 1 : 0;
      }
      Chunk chunk = Chunk.of(piece, prior.closed(), cfg);
      outcomes.add(
          chunks.judge(
              chunk, prior, (double) painted / paint.length, drive.detections(), otherPriors));
    }
    if (outcomes.isEmpty()) {
      return new Judged(
          verdict(
              prior, Verdict.UNOBSERVED, 1 - observed, unseen, drive, List.of(), Double.NaN, null),
          Set.of());
    }
    Map<Verdict, Double> votes = new LinkedHashMap<>();
    double total = 0;
    for (ChunkOutcome o : outcomes) {
      votes.merge(o.verdict(), o.length(), Double::sum);
      total += o.length();
    }
    Verdict win =
        votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    double share = votes.get(win) / total;
    double offset = 0, dist = 0, support = 0, weight = 0;
    Set<String> changed = new LinkedHashSet<>();
    Set<Primitive> matched = new LinkedHashSet<>();
    Primitive found = null;
    for (ChunkOutcome o : outcomes) {
      if (o.found() != null) {
        matched.add(o.found());
      }
      if (o.verdict() != win) {
        continue;
      }
      weight += o.length();
      offset += Double.isNaN(o.offset()) ? 0 : o.offset() * o.length();
      dist += Double.isNaN(o.matchDistance()) ? 0 : o.matchDistance() * o.length();
      support += o.support() * o.length();
      changed.addAll(o.changed());
      found = found == null ? o.found() : found;
    }
    Evidence e =
        new Evidence(
            observed,
            look.paintCoverage(),
            found == null ? Double.NaN : dist / weight,
            support / weight);
    double confidence = share * Math.min(1, observed / 0.8);
    double displacement = win == Verdict.MOVED ? Math.abs(offset / weight) : Double.NaN;
    return new Judged(
        verdict(prior, win, confidence, e, drive, List.copyOf(changed), displacement, found),
        matched);
  }

  private static ChangeVerdict verdict(
      Primitive prior,
      Verdict v,
      double confidence,
      Evidence e,
      DriveEvidence drive,
      List<String> changed,
      double displacement,
      Primitive found) {
    return new ChangeVerdict(
        prior.id(),
        prior.mapClass(),
        v,
        confidence,
        displacement,
        changed,
        e,
        List.of(drive.driveId()),
        prior.geometry(),
        found == null ? null : found.geometry());
  }

  /**
   * Runs of observed samples (gaps of up to two samples bridged), cut into pieces of at most {@code
   * chunkLength}; pieces shorter than {@code minChunk} are dropped. A ring is one piece.
   */
  private List<int[]> runs(boolean[] seen, boolean closed) {
    List<int[]> out = new ArrayList<>();
    int n = seen.length;
    if (closed) {
      out.add(new int[] {0, n});
      return out;
    }
    int perChunk = Math.max(2, (int) Math.round(cfg.chunkLength() / cfg.sampleStep()));
    int min = Math.max(2, (int) Math.ceil(cfg.minChunk() / cfg.sampleStep()));
    int i = 0;
    while (i < n) {
      if (!seen[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && (seen[j] || (j + 2 < n && (seen[j + 1] || seen[j + 2])))) {
        j++;
      }
      for (int s = i; s < j; s += perChunk) {
        int e = Math.min(j, s + perChunk);
        if (e - s >= min) {
          out.add(new int[] {s, e});
        } else if (!out.isEmpty() && out.get(out.size() - 1)[1] == s) {
          out.get(out.size() - 1)[1] = e;
        }
      }
      i = j;
    }
    return out;
  }
}
