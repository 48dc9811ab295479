package dev.mapsmith.reconstruction.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WideMarksAlongRoadTest {

  /** A lane line along x at y = 0: dashes from x = 0 to 6. */
  private static final List<Blob> LINE =
      List.of(new Blob(1, 0, 1, 0, 2, 0.15, 30, 3), new Blob(5, 0, 1, 0, 2, 0.15, 30, 3));

  @Test
  void loneWideStretchOnALaneLinesAxisIsALaneLineStretch() {
    Blob wide = new Blob(10, 0.1, 1, 0, 5, 0.45, 200, 3);
    WideMarks.Result r = WideMarks.classify(List.of(wide), LINE, new Headings(), 1.5, 0);
    assertEquals(List.of(wide), r.alongRoad());
    assertTrue(r.stopLines().isEmpty());
  }

  @Test
  void wideStretchBesideTheAxisOrTooWideOrAcrossIsNot() {
    Blob beside = new Blob(10, 1.5, 1, 0, 5, 0.45, 200, 3);
    Blob smear = new Blob(10, 0.1, 1, 0, 5, 0.9, 400, 3);
    Blob across = new Blob(8, 0, 0, 1, 3, 0.45, 120, 3);
    for (Blob b : List.of(beside, smear, across)) {
      assertTrue(
          WideMarks.classify(List.of(b), LINE, new Headings(), 1.5, 0).alongRoad().isEmpty());
    }
  }
}
