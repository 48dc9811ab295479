package dev.mapsmith.reconstruction.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainJoinerShortGapTest {

  private static final ChainConfig CFG = new ChainConfig(20, 35, 0.5, 0.03);

  /** A chain of 0.9 m dashes along +x at height y, from x0 to x1. */
  private static Chain along(double x0, double x1, double y) {
    List<Blob> frags = new ArrayList<>();
    for (double x = x0 + 0.5; x < x1; x += 1.0) {
      frags.add(new Blob(x, y, 1, 0, 0.9, 0.15, 20, 3));
    }
    boolean[] fwd = new boolean[frags.size()];
    java.util.Arrays.fill(fwd, true);
    return new Chain(frags, fwd);
  }

  @Test
  void piecesOfOneLineHalfAMetreApartJoinThoughTheGapRunsAskew() {
    // the next piece starts 0.4 m on and 0.35 m aside (a smeared stretch): the gap runs at 41°
    // to the line, more than the 35° a longer gap may, but the offset is within the lateral limit
    List<Chain> two = List.of(along(-10, 0, 0), along(0.3, 10, 0.35));
    assertEquals(1, new ChainJoiner(JoinConfig.defaults()).join(two, CFG, List.of()).size());
  }

  @Test
  void aParallelLineBesideItDoesNotJoin() {
    // 0.8 m aside: another line (or a double line's other stripe), not the same one
    List<Chain> two = List.of(along(-10, 0, 0), along(0.45, 10, 0.8));
    assertEquals(2, new ChainJoiner(JoinConfig.defaults()).join(two, CFG, List.of()).size());
  }
}
