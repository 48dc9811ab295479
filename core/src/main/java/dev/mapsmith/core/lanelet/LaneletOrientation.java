package dev.mapsmith.core.lanelet;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lanelet's direction from its bounds' roles when the ways' direction contradicts them: a
 * lanelet whose left bound lies right of its right bound (running along the right bound, as
 * Lanelet2's loader reads it) is taken to run the other way, both bounds inverted, so that its left
 * bound lies on its left. This is how the simulator's router reads a map (sample-drives' {@code
 * LaneletShape}), so a truth map is scored as the drives used it; the roles are what the map's
 * author set per lanelet, while a way's direction may follow another lanelet that shares it
 * (OpenDRIVE conversions and some Autoware maps run left-lane bounds along the road). Crosswalks
 * are kept as they are.
 */
public final class LaneletOrientation {

  private LaneletOrientation() {}

  /** {@code g} with such lanelets turned round and relations derived again. */
  public static LaneGraph leftOnTheLeft(LaneGraph g, RelationTolerances tol) {
    List<Lanelet> out = new ArrayList<>(g.lanelets().size());
    boolean changed = false;
    for (Lanelet l : g.lanelets()) {
      if (!l.crosswalk()
          && !LaneletGeometry.leftLiesLeft(
              LaneletGeometry.left(g, l), LaneletGeometry.right(g, l))) {
        out.add(
            new Lanelet(
                l.id(),
                l.left().invert(),
                l.right().invert(),
                l.attributes(),
                l.confidence(),
                l.provenance()));
        changed = true;
      } else {
        out.add(l);
      }
    }
    if (!changed) {
      return g;
    }
    LaneGraph turned = new LaneGraph(g.frame(), g.lines(), out, List.of(), g.regulations());
    return LaneRelations.derived(turned, tol);
  }
}
