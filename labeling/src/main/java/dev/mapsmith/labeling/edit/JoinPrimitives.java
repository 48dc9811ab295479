package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;

/**
 * Joins polyline {@code other} onto polyline {@code keep} at their nearest ends (reversing {@code
 * other} where needed); {@code keep} gets the joined geometry and {@code other} is deleted. A
 * shared end vertex is kept once.
 */
public record JoinPrimitives(long keep, long other) implements EditCommand {

  @Override
  public String description() {
    return "join " + other + " into " + keep;
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    if (keep == other) {
      throw new IllegalArgumentException("cannot join " + keep + " with itself");
    }
    Primitive a = Primitives.require(map, keep);
    Primitive b = Primitives.require(map, other);
    if (a.closed() || b.closed()) {
      throw new IllegalArgumentException("only polylines can be joined, not polygons");
    }
    Polyline ga = a.geometry();
    Polyline gb = b.geometry();
    int na = ga.size(), nb = gb.size();
    double endStart = ga.point(na - 1).distanceTo(gb.point(0));
    double endEnd = ga.point(na - 1).distanceTo(gb.point(nb - 1));
    double startStart = ga.point(0).distanceTo(gb.point(0));
    double startEnd = ga.point(0).distanceTo(gb.point(nb - 1));
    double best = Math.min(Math.min(endStart, endEnd), Math.min(startStart, startEnd));
    Polyline first, second;
    if (best == endStart) {
      first = ga;
      second = gb;
    } else if (best == endEnd) {
      first = ga;
      second = gb.reversed();
    } else if (best == startEnd) {
      first = gb;
      second = ga;
    } else {
      first = gb.reversed();
      second = ga;
    }
    int skip = first.point(first.size() - 1).equals(second.point(0)) ? 1 : 0;
    double[] f = first.toArray(), s = second.toArray();
    double[] joined = new double[f.length + s.length - 3 * skip];
    System.arraycopy(f, 0, joined, 0, f.length);
    System.arraycopy(s, 3 * skip, joined, f.length, s.length - 3 * skip);
    Primitive merged = a.withGeometry(Polyline.of(joined));
    return Change.of(Change.edited(a, merged, ctx), Change.delete(b));
  }
}
