package dev.mapsmith.reconstruction.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineJunctionsTest {

  /** A line through the given (x, y) vertices, at height 0. */
  private static Polyline line(double... xy) {
    double[] xyz = new double[xy.length / 2 * 3];
    for (int i = 0; i < xy.length / 2; i++) {
      xyz[3 * i] = xy[2 * i];
      xyz[3 * i + 1] = xy[2 * i + 1];
    }
    return Polyline.of(xyz);
  }

  private static double length(Polyline p) {
    double s = 0;
    for (int i = 1; i < p.size(); i++) {
      s += Math.hypot(p.x(i) - p.x(i - 1), p.y(i) - p.y(i - 1));
    }
    return s;
  }

  private static boolean hasEnd(Polyline p, double x, double y) {
    int m = p.size() - 1;
    return Math.hypot(p.x(0) - x, p.y(0) - y) < 1e-6 || Math.hypot(p.x(m) - x, p.y(m) - y) < 1e-6;
  }

  @Test
  void aLineEndingRightAtAnotherMeetsItSquareAndTheOtherIsSplitThere() {
    // a road along y = 0 from x = -20 to 20; a side line comes down x = 0 and stops 0.3 m short
    List<Polyline> in = List.of(line(-20, 0, 20, 0), line(0, 15, 0, 0.3));
    List<Integer> from = new ArrayList<>();
    List<Polyline> out =
        LineJunctions.apply(in, List.of(1.0, 1.0), from, JunctionConfig.defaults());
    assertEquals(3, out.size());
    assertEquals(List.of(0, 0, 1), from);
    assertTrue(hasEnd(out.get(0), -20, 0) && hasEnd(out.get(0), 0, 0));
    assertTrue(hasEnd(out.get(1), 0, 0) && hasEnd(out.get(1), 20, 0));
    assertTrue(hasEnd(out.get(2), 0, 15) && hasEnd(out.get(2), 0, 0));
  }

  @Test
  void aLineEndingShortOfAnotherBendsIntoItTowardsItsLongerSide() {
    // the road runs from x = -10 to 30; the side line stops 2.5 m short of it at x = 0: the paint
    // of a bend was not seen, so the line bends in and meets the road 2.5 m on, where the road
    // runs on longer, and the road is split there
    List<Polyline> in = List.of(line(-10, 0, 30, 0), line(0, 15, 0, 2.5));
    List<Integer> from = new ArrayList<>();
    List<Polyline> out =
        LineJunctions.apply(in, List.of(1.0, 1.0), from, JunctionConfig.defaults());
    assertEquals(3, out.size());
    assertTrue(hasEnd(out.get(0), -10, 0) && hasEnd(out.get(0), 2.5, 0));
    assertTrue(hasEnd(out.get(1), 2.5, 0) && hasEnd(out.get(1), 30, 0));
    Polyline side = out.get(2);
    int m = side.size() - 1;
    assertEquals(2.5, side.x(m), 1e-9);
    assertEquals(0, side.y(m), 1e-9);
    // the bend stays in the corner between the two lines and arrives along the road
    for (int k = 0; k <= m; k++) {
      assertTrue(side.x(k) >= -1e-9 && side.x(k) <= 2.5 + 1e-9 && side.y(k) >= -1e-9);
    }
    double ax = side.x(m) - side.x(m - 1), ay = side.y(m) - side.y(m - 1);
    assertTrue(ax > 0 && Math.abs(ay) / Math.hypot(ax, ay) < 0.3, "arrives along the road");
  }

  @Test
  void aLoopClosingOnItsOwnLineSplitsOffTheStretchBeyond() {
    // down the west side from y = 5 (a road leaving the loop northwards), round the loop, and
    // back west along y = 2, stopping 3 m short of the west side at x = 3: the end bends down
    // into the west side, meeting it 3 m below y = 2, and the west side splits there
    Polyline loop = line(0, 5, 0, -10, 30, -10, 30, 2, 3, 2);
    List<Integer> from = new ArrayList<>();
    List<Polyline> out =
        LineJunctions.apply(List.of(loop), List.of(1.0), from, JunctionConfig.defaults());
    assertEquals(2, out.size());
    Polyline closed = out.get(0).size() > out.get(1).size() ? out.get(0) : out.get(1);
    Polyline stub = closed == out.get(0) ? out.get(1) : out.get(0);
    assertTrue(hasEnd(stub, 0, 5) && hasEnd(stub, 0, -1));
    assertEquals(6, length(stub), 1e-9);
    int m = closed.size() - 1;
    assertEquals(0, Math.hypot(closed.x(0) - closed.x(m), closed.y(0) - closed.y(m)), 1e-9);
    // 9 + 30 + 12 + 27 m of straight sides, plus a bend between its chord and its two tangents
    assertTrue(length(closed) > 78 + 3 * Math.sqrt(2) && length(closed) < 78 + 6);
  }

  @Test
  void linesMeetingRoundABendWithAnOvershootBecomeOne() {
    // along y = 0 to x = 10, the last metre bending off outside the bend (to (11, -0.8));
    // the other side comes up x = 10.2 from y = -15 to y = -1.2: its ray hits the first line
    // 0.8 m before that line's end, so the overshoot is cut and the two join
    List<Polyline> in = List.of(line(-10, 0, 10, 0, 11, -0.8), line(10.2, -15, 10.2, -1.2));
    List<Integer> from = new ArrayList<>();
    List<Polyline> out =
        LineJunctions.apply(in, List.of(1.0, 0.8), from, JunctionConfig.defaults());
    assertEquals(1, out.size());
    Polyline p = out.get(0);
    for (int i = 0; i < p.size(); i++) {
      assertTrue(p.x(i) <= 10.2 + 1e-9, "the overshoot beyond the bend is cut off");
    }
    assertTrue(hasEnd(p, -10, 0) && hasEnd(p, 10.2, -15));
  }

  @Test
  void endsFacingEachOtherAcrossAShortGapJoin() {
    List<Polyline> in = List.of(line(-20, 0, -1, 0), line(1, 0.2, 20, 0.2));
    List<Integer> from = new ArrayList<>();
    assertEquals(
        1, LineJunctions.apply(in, List.of(1.0, 1.0), from, JunctionConfig.defaults()).size());
    // the same ends 4 m apart stay two lines
    List<Polyline> far = List.of(line(-20, 0, -2, 0), line(2, 0.2, 20, 0.2));
    assertEquals(
        2, LineJunctions.apply(far, List.of(1.0, 1.0), from, JunctionConfig.defaults()).size());
  }

  @Test
  void parallelLinesAndFarEndsAreLeftAlone() {
    // two lane lines 3.5 m apart, and a line ending 5 m short of the road
    List<Polyline> in = List.of(line(-20, 0, 20, 0), line(-20, 3.5, 20, 3.5), line(0, -20, 0, -5));
    List<Integer> from = new ArrayList<>();
    List<Polyline> out =
        LineJunctions.apply(in, List.of(1.0, 1.0, 1.0), from, JunctionConfig.defaults());
    assertEquals(3, out.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(length(in.get(i)), length(out.get(i)), 1e-9);
    }
  }

  @Test
  void aWeakLineSplitsNothing() {
    List<Polyline> in = List.of(line(-20, 0, 20, 0), line(0, 15, 0, 2.5));
    List<Integer> from = new ArrayList<>();
    assertEquals(
        2, LineJunctions.apply(in, List.of(1.0, 0.4), from, JunctionConfig.defaults()).size());
  }

  @Test
  void aHairpinAcrossTwoLinesEndsIsCutApart() {
    // up x = 0 to y = 10, across to x = -3 and back down x = -3: two lines' ends joined wrongly
    List<Polyline> in = List.of(line(0, 0, 0, 9, 0, 10, -1, 10.3, -2, 10.3, -3, 10, -3, 9, -3, 0));
    List<Integer> from = new ArrayList<>();
    List<Polyline> out = LineJunctions.apply(in, List.of(1.0), from, JunctionConfig.defaults());
    assertEquals(2, out.size());
    assertEquals(List.of(0, 0), from);
    assertTrue(hasEnd(out.get(0), 0, 0) && hasEnd(out.get(1), -3, 0));
  }

  @Test
  void aLineEndingAtAnXCrossingRunsOnThroughItToTheLineBeyond() {
    // a line along y = 0 stops 1 m short of a line crossing it along x = 0 (the crossing's paint
    // is one blot); 3 m beyond runs the line it truly ends on, along x = -3
    List<Polyline> in = List.of(line(30, 0, 1, 0), line(0, 10, 0, -10), line(-3, -20, -3, 20));
    List<Integer> from = new ArrayList<>();
    List<Polyline> out =
        LineJunctions.apply(in, List.of(1.0, 1.0, 1.0), from, JunctionConfig.defaults());
    assertEquals(List.of(0, 1, 2, 2), from);
    assertTrue(hasEnd(out.get(1), 0, 10) && hasEnd(out.get(1), 0, -10)); // crossed, not split
    Polyline ending = out.get(0);
    int m = ending.size() - 1;
    assertEquals(-3, ending.x(m), 1e-6);
    assertTrue(hasEnd(out.get(2), ending.x(m), ending.y(m)));
    assertTrue(hasEnd(out.get(3), ending.x(m), ending.y(m)));
  }

  @Test
  void aLineEndingOnAnotherWithNothingBeyondStillEndsThere() {
    List<Polyline> in = List.of(line(30, 0, 1, 0), line(0, 10, 0, -10), line(-8, -20, -8, 20));
    List<Integer> from = new ArrayList<>();
    List<Polyline> out =
        LineJunctions.apply(in, List.of(1.0, 1.0, 1.0), from, JunctionConfig.defaults());
    assertEquals(List.of(0, 1, 1, 2), from);
  }

  @Test
  void endsFacingEachOtherUpToThreeMetresApartJoin() {
    // one line along y = 0 stops at x = 0; the next resumes 2.8 m on, 0.1 m to the side
    List<Polyline> in = List.of(line(-20, 0, 0, 0), line(2.8, 0.1, 20, 0.1));
    List<Integer> from = new ArrayList<>();
    List<Polyline> out =
        LineJunctions.apply(in, List.of(1.0, 1.0), from, JunctionConfig.defaults());
    assertEquals(1, out.size());
    assertTrue(hasEnd(out.get(0), -20, 0) && hasEnd(out.get(0), 20, 0.1));
    List<Polyline> far = List.of(line(-20, 0, 0, 0), line(3.5, 0.1, 20, 0.1));
    assertEquals(
        2, LineJunctions.apply(far, List.of(1.0, 1.0), from, JunctionConfig.defaults()).size());
  }
}
