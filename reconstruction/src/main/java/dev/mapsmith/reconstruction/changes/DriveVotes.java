package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.reconstruction.eval.Chamfer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several drives' verdicts on one element become one: drives that did not observe it abstain
 * (unobserved only when none observed it); the others vote with their confidence, the verdict with
 * the most confidence wins, and its confidence is its share of the votes times its drives' mean
 * confidence. Additions found by several drives within {@code match} (Chamfer) are one.
 */
final class DriveVotes {

  private DriveVotes() {}

  static ChangeVerdict combine(List<ChangeVerdict> verdicts) {
    List<ChangeVerdict> seen =
        verdicts.stream().filter(v -> v.verdict() != Verdict.UNOBSERVED).toList();
    if (seen.isEmpty()) {
      return withDrives(best(verdicts), verdicts, best(verdicts).confidence());
    }
    Map<Verdict, Double> votes = new LinkedHashMap<>();
    double total = 0;
    for (ChangeVerdict v : seen) {
      votes.merge(v.verdict(), v.confidence() + 1e-6, Double::sum);
      total += v.confidence() + 1e-6;
    }
    Verdict win =
        votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<ChangeVerdict> winners = seen.stream().filter(v -> v.verdict() == win).toList();
    double mean = winners.stream().mapToDouble(ChangeVerdict::confidence).average().orElse(0);
    double displacement =
        winners.stream().mapToDouble(ChangeVerdict::displacementM).average().orElse(Double.NaN);
    ChangeVerdict b = best(winners);
    return new ChangeVerdict(
        b.element(),
        b.mapClass(),
        win,
        votes.get(win) / total * mean,
        displacement,
        b.changed(),
        b.evidence(),
        drives(winners),
        b.prior(),
        b.found());
  }

  static List<ChangeVerdict> mergeAdded(List<ChangeVerdict> added, double match) {
    List<List<ChangeVerdict>> groups = new ArrayList<>();
    for (ChangeVerdict a : added) {
      double[] ra = Chamfer.resample(Samples.packed(a.found()), a.mapClass().closed());
      List<ChangeVerdict> home = null;
      for (List<ChangeVerdict> g : groups) {
        ChangeVerdict f = g.get(0);
        double[] rf = Chamfer.resample(Samples.packed(f.found()), f.mapClass().closed());
        if (f.mapClass() == a.mapClass() && Chamfer.distance(ra, rf) <= match) {
          home = g;
          break;
        }
      }
      if (home == null) {
        groups.add(new ArrayList<>(List.of(a)));
      } else {
        home.add(a);
      }
    }
    List<ChangeVerdict> out = new ArrayList<>();
    for (List<ChangeVerdict> g : groups) {
      out.add(withDrives(best(g), g, best(g).confidence()));
    }
    return out;
  }

  private static ChangeVerdict best(List<ChangeVerdict> vs) {
    ChangeVerdict b = vs.get(0);
    for (ChangeVerdict v : vs) {
      b = v.confidence() > b.confidence() ? v : b;
    }
    return b;
  }

  private static ChangeVerdict withDrives(ChangeVerdict b, List<ChangeVerdict> all, double conf) {
    return new ChangeVerdict(
        b.element(),
        b.mapClass(),
        b.verdict(),
        conf,
        b.displacementM(),
        b.changed(),
        b.evidence(),
        drives(all),
        b.prior(),
        b.found());
  }

  private static List<String> drives(List<ChangeVerdict> vs) {
    Set<String> ids = new LinkedHashSet<>();
    vs.forEach(v -> ids.addAll(v.drives()));
    return List.copyOf(ids);
  }
}
