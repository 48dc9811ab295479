package dev.mapsmith.app.ops;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import dev.mapsmith.reconstruction.changes.Verdict;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions on a run's verdicts, read from the map: the primitive a decision touched carries
 * its {@link ChangeMark} (the prior element; for an addition, the primitive inserted where it was
 * found). Undo takes the mark back with the edit, so this is always what the map says.
 */
public final class ChangeReview {

  /** A decision and the primitive that carries it. */
  public record Decided(ChangeMark mark, long primitiveId) {}

  private ChangeReview() {}

  /** The decision on verdict {@code index} of {@code run}, if one is in {@code map}. */
  public static Optional<Decided> find(ChangeRun run, int index, MapView map) {
    ChangeVerdict v = run.verdicts().get(index);
    String key = run.key(index);
    if (v.verdict() != Verdict.ADDED) {
      return map.get(v.element()).flatMap(p -> marked(p, key));
    }
    Polyline g = v.found();
    for (Primitive p : map.within(g.bounds().expand(1))) {
      Optional<Decided> d = marked(p, key);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** Every decided verdict of {@code run}, by index. */
  public static Map<Integer, Decided> all(ChangeRun run, MapView map) {
    Map<Integer, Decided> out = new HashMap<>();
    for (int i = 0; i < run.verdicts().size(); i++) {
      if (run.verdicts().get(i).verdict().isChange()) {
        int index = i;
        find(run, i, map).ifPresent(d -> out.put(index, d));
      }
    }
    return out;
  }

  private static Optional<Decided> marked(Primitive p, String key) {
    return ChangeMark.of(p).filter(m -> m.key().equals(key)).map(m -> new Decided(m, p.id()));
  }
}
