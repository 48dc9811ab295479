package dev.mapsmith.reconstruction.vector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolylineFitterBendTest {

  /** Distance from (x, y) to the L made of y = 0 (x ≤ 10) and x = 10 (y ≤ 0). */
  private static double offTheL(double x, double y) {
    double toTop = x <= 10 ? Math.abs(y) : Math.hypot(x - 10, y);
    double toSide = y <= 0 ? Math.abs(x - 10) : Math.hypot(x - 10, y);
    return Math.min(toTop, toSide);
  }

  @Test
  void theSmoothedLineKeepsToPaintRoundASquareBend() {
    // 1 m dashes along y = 0 up to x = 10, then down x = 10: a square bend
    List<Blob> frags = new ArrayList<>();
    for (double x = 0.5; x < 10; x += 1) {
      frags.add(new Blob(x, 0, 1, 0, 0.8, 0.15, 20, 3));
    }
    for (double y = -0.5; y > -10; y -= 1) {
      frags.add(new Blob(10, y, 0, -1, 0.8, 0.15, 20, 3));
    }
    boolean[] fwd = new boolean[frags.size()];
    java.util.Arrays.fill(fwd, true);
    Polyline p = PolylineFitter.fit(new Chain(frags, fwd), 8, 1.0, 0.25, 0);
    double worst = 0;
    for (int i = 0; i < p.size(); i++) {
      worst = Math.max(worst, offTheL(p.x(i), p.y(i)));
    }
    // an 8 m LOESS alone cuts the corner by about a metre
    assertTrue(worst <= 0.25 + 1e-9, "worst offset " + worst);
    assertTrue(offTheL(p.x(0), p.y(0)) < 0.05 && Math.abs(p.x(0) - 0.1) < 0.3);
  }
}
