package dev.mapsmith.reconstruction.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainJoinerCornerTest {

  private static final ChainConfig CFG = new ChainConfig(20, 35, 0.5, 0.03);

  /** A chain of 1 m dashes from (x0, y0) to (x1, y1), every metre. */
  private static Chain straight(double x0, double y0, double x1, double y1) {
    double len = Math.hypot(x1 - x0, y1 - y0), ux = (x1 - x0) / len, uy = (y1 - y0) / len;
    List<Blob> frags = new ArrayList<>();
    for (double s = 0.5; s < len; s += 1.0) {
      frags.add(new Blob(x0 + s * ux, y0 + s * uy, ux, uy, 0.9, 0.15, 20, 3));
    }
    boolean[] fwd = new boolean[frags.size()];
    java.util.Arrays.fill(fwd, true);
    return new Chain(frags, fwd);
  }

  @Test
  void linesRoundATightBendJoinWhenTheirEndsAreFiveMetresApart() {
    // down x = 0 to y = 3, then along y = -0.4 from x = 3.7: the arc between them was not seen
    List<Chain> two = List.of(straight(0, 15, 0, 3), straight(3.7, -0.4, 15, -0.4));
    assertEquals(2, new ChainJoiner(JoinConfig.defaults()).join(two, CFG, List.of()).size());
    assertEquals(
        1,
        new ChainJoiner(JoinConfig.defaults())
            .join(two, CFG, List.of(), 2 * JoinConfig.defaults().cornerReach())
            .size());
  }

  @Test
  void endsWhoseRaysMeetFarAwayStayApart() {
    // same gap, but the rays meet 6 m beyond one end: not a bend of the same line
    List<Chain> two = List.of(straight(0, 15, 0, 6), straight(1.5, -0.4, 15, -0.4));
    assertEquals(
        2,
        new ChainJoiner(JoinConfig.defaults())
            .join(two, CFG, List.of(), 2 * JoinConfig.defaults().cornerReach())
            .size());
  }

  @Test
  void atAnXCrossingTheLinesGoStraightOnInsteadOfTurning() {
    // a line down x = 0 broken across a crossing line along y = 0, which ends 2 m short of it:
    // alone the two would join round the corner, but x = 0 carries on beyond the crossing
    Chain north = straight(0, 15, 0, 1.5), south = straight(0, -1.5, 0, -15);
    Chain east = straight(2, 0, 15, 0);
    double gap = 2 * JoinConfig.defaults().cornerReach();
    assertEquals(
        1,
        new ChainJoiner(JoinConfig.defaults())
            .join(List.of(north, east), CFG, List.of(), gap)
            .size());
    List<Chain> out =
        new ChainJoiner(JoinConfig.defaults())
            .join(List.of(north, east, south), CFG, List.of(), gap);
    assertEquals(2, out.size());
    for (Chain c : out) {
      double dx = 0;
      for (Blob b : c.fragments()) {
        dx = Math.max(dx, Math.abs(b.ux()));
      }
      assertEquals(c.fragments().size() == east.fragments().size() ? 1.0 : 0.0, dx, 1e-9);
    }
  }

  @Test
  void aWiderCornerGapAdmitsRaysMeetingHalfOfItFromBothEnds() {
    // the rays meet at the origin, about 4.05 m from both ends (the paint round a corner unseen)
    List<Chain> two = List.of(straight(0, 15, 0, 4), straight(4, 0, 15, 0));
    assertEquals(2, new ChainJoiner(JoinConfig.defaults()).join(two, CFG, List.of(), 8).size());
    assertEquals(1, new ChainJoiner(JoinConfig.defaults()).join(two, CFG, List.of(), 10).size());
  }
}
