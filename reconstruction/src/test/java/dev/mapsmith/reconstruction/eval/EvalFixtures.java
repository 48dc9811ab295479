package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.util.List;

/** Flat test maps for the evaluation tests: lines given as x,y pairs, one window at the origin. */
final class EvalFixtures {

  static final NamedLocalFrame FRAME = new NamedLocalFrame("test");
  static final List<EvalWindow> ONE_WINDOW = List.of(EvalWindow.at(0, 0, 0));
  private long nextId = 1;

  /** A primitive of class {@code c} through the points {@code x0,y0,x1,y1,...} at height 0. */
  Primitive line(MapClass c, double score, double... xy) {
    double[] xyz = new double[xy.length / 2 * 3];
    for (int i = 0; i < xy.length / 2; i++) {
      xyz[3 * i] = xy[2 * i];
      xyz[3 * i + 1] = xy[2 * i + 1];
    }
    return new Primitive(
        nextId++,
        c,
        Polyline.of(xyz),
        Attributes.EMPTY,
        ReviewState.AUTO,
        score,
        Provenance.truth("test"));
  }

  static LaneMap map(Primitive... ps) {
    return new LaneMap(FRAME, List.of(ps));
  }
}
