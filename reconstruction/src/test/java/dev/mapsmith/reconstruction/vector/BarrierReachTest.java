package dev.mapsmith.reconstruction.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mapsmith.core.geom.Polyline;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarrierReachTest {

  /** A stop line across x = 20 from the centre line (y = 0) to the kerb (y = -3.5). */
  private static final Polyline STOP_LINE = Polyline.of(20, 0.1, 0, 20, -3.5, 0);

  @Test
  void centreLineEndingShortOfItsStopLineIsRunUpToIt() {
    Polyline line = Polyline.of(0, 0, 0, 5, 0, 0, 12, 0, 0);
    Polyline out = BarrierReach.extend(line, List.of(STOP_LINE), 12);
    assertEquals(4, out.size());
    assertEquals(20, out.x(3), 1e-9);
    assertEquals(0, out.y(3), 1e-9);
  }

  @Test
  void centreLineStartingAfterItsStopLineIsRunBackToIt() {
    Polyline line = Polyline.of(30, 0, 0, 40, 0, 0);
    Polyline out = BarrierReach.extend(line, List.of(STOP_LINE), 12);
    assertEquals(3, out.size());
    assertEquals(20, out.x(0), 1e-9);
  }

  @Test
  void laneLineMeetingTheStopLineInItsMiddleIsLeftShort() {
    Polyline lane = Polyline.of(0, -1.75, 0, 16, -1.75, 0);
    assertSame(lane, BarrierReach.extend(lane, List.of(STOP_LINE), 12));
  }

  @Test
  void stopLineBeyondReachOrAlongsideLeavesTheLine() {
    Polyline far = Polyline.of(0, 0, 0, 5, 0, 0);
    assertSame(far, BarrierReach.extend(far, List.of(STOP_LINE), 12));
    Polyline parallel = Polyline.of(10, 0, 0, 15, 0, 0);
    Polyline along = Polyline.of(16, 0, 0, 26, 0.5, 0);
    assertSame(parallel, BarrierReach.extend(parallel, List.of(along), 12));
  }
}
