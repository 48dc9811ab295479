package dev.mapsmith.reconstruction.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mapsmith.core.geom.Polyline;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurbAlongsideTest {

  private static final Polyline CURB = Polyline.of(0, 0, 0, 20, 0, 0);

  @Test
  void lineOnTopOfACurbRunsAlongItAllTheWay() {
    Polyline rim = Polyline.of(2, 0.3, 0, 18, 0.3, 0);
    assertEquals(1.0, CurbAlongside.share(rim, List.of(CURB), 0.6), 1e-9);
  }

  @Test
  void laneLineAwayFromTheCurbOrAcrossItIsNotAlongIt() {
    Polyline lane = Polyline.of(2, 3.5, 0, 18, 3.5, 0);
    assertEquals(0.0, CurbAlongside.share(lane, List.of(CURB), 0.6), 1e-9);
    Polyline across = Polyline.of(10, -5, 0, 10, 5, 0);
    assertEquals(0.0, CurbAlongside.share(across, List.of(CURB), 0.6), 1e-9);
    Polyline half = Polyline.of(10, 0.3, 0, 30, 0.3, 0);
    assertEquals(0.5, CurbAlongside.share(half, List.of(CURB), 0.6), 0.05);
  }
}
