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
    WideMarks.Result r =
        WideMarks.classify(List.of(wide), LINE, new Headings(), MarkConfig.defaults(), 0);
    assertEquals(List.of(wide), r.alongRoad());
    assertTrue(r.stopLines().isEmpty());
  }

  @Test
  void wideStretchBesideTheAxisOrTooWideOrAcrossIsNot() {
    Blob beside = new Blob(10, 1.5, 1, 0, 5, 0.45, 200, 3);
    Blob smear = new Blob(10, 0.1, 1, 0, 5, 1.8, 800, 3);
    Blob across = new Blob(8, 0, 0, 1, 3, 0.45, 120, 3);
    for (Blob b : List.of(beside, smear, across)) {
      assertTrue(
          WideMarks.classify(List.of(b), LINE, new Headings(), MarkConfig.defaults(), 0)
              .alongRoad()
              .isEmpty());
    }
  }

  @Test
  void aSmearedOrFarStretchOnTheAxisIsStillALaneLineStretch() {
    Blob smeared = new Blob(10, 0.1, 1, 0, 5, 0.85, 400, 3);
    Blob far = new Blob(10, 0.1, 1, 0, 5, 1.3, 600, 3); // far from the sensor, smeared wider
    Blob shortPiece = new Blob(8, 0.05, 1, 0, 1.2, 0.5, 60, 3);
    for (Blob b : List.of(smeared, far, shortPiece)) {
      assertEquals(
          List.of(b),
          WideMarks.classify(List.of(b), LINE, new Headings(), MarkConfig.defaults(), 0)
              .alongRoad());
    }
  }

  @Test
  void aMarkOnALaneLinesAxisIsNeverAStopLine() {
    // the nearest fragment (a line crossing at x = 9) stands across the mark, which alone would
    // make it a stop line; but the mark continues the line along y = 0
    List<Blob> lines = new java.util.ArrayList<>(LINE);
    lines.add(new Blob(9, 0.6, 0, 1, 1.2, 0.15, 20, 3));
    Blob mark = new Blob(9, 0.05, 1, 0, 2, 1.0, 150, 3);
    WideMarks.Result r =
        WideMarks.classify(List.of(mark), lines, new Headings(), MarkConfig.defaults(), 0);
    assertTrue(r.stopLines().isEmpty());
  }

  @Test
  void aLoneMarkAlongThePathAtALaneEdgeIsALaneLineStretch() {
    Headings path = new Headings();
    for (int x = 0; x <= 20; x += 2) {
      path.add(x, 0, 0); // driving along +x
    }
    Blob edge = new Blob(10, 1.8, 1, 0, 4, 0.5, 200, 3);
    Blob farOut = new Blob(10, 3.5, 1, 0, 4, 0.5, 200, 3);
    Blob shortEdge = new Blob(10, 1.8, 1, 0, 2, 0.5, 100, 3);
    assertEquals(
        List.of(edge),
        WideMarks.classify(List.of(edge), path, MarkConfig.defaults(), 0).alongRoad());
    for (Blob b : List.of(farOut, shortEdge)) {
      assertTrue(
          WideMarks.classify(List.of(b), path, MarkConfig.defaults(), 0).alongRoad().isEmpty());
    }
    // across the path it is a stop line, as before
    Blob stop = new Blob(10, 1.8, 0, 1, 3, 0.45, 150, 3);
    assertEquals(
        1, WideMarks.classify(List.of(stop), path, MarkConfig.defaults(), 0).stopLines().size());
  }
}
