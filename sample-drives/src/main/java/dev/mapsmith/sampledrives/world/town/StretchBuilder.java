package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.RoadPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a stretch's pieces end to end from a start pose into one {@link RoadPath} and builds each
 * piece: plain road, intersections, merges; a stretch that meets a roundabout gets a mouth with a
 * crosswalk at that end.
 */
final class StretchBuilder {

  private StretchBuilder() {}

  /** The built stretch: its path and the pose (x, y, heading degrees) where it ends. */
  record Built(RoadPath path, double[] end) {}

  static Built build(
      TownSketch sk, TownPlan.Stretch st, double[] start, boolean mouthStart, boolean mouthEnd) {
    RoadSpec spec = st.spec();
    RoadPath.Builder b = RoadPath.start(start[0], start[1], start[2]);
    double heading = start[2];
    List<double[]> spans = new ArrayList<>();
    double s = 0;
    for (TownPlan.Piece p : st.pieces()) {
      double len;
      if (p instanceof TownPlan.Curve cv) {
        len = steps(cv.radius() * Math.toRadians(Math.abs(cv.degrees())));
        b.arc(cv.radius(), cv.degrees());
        heading += cv.degrees();
      } else {
        len = steps(length(spec, p));
        b.straight(len);
      }
      spans.add(new double[] {s, s + len});
      s += len;
    }
    RoadPath path = b.build();
    sk.spines.add(new TownSketch.Run(path, spec, 0, path.length(), Zone.NORMAL, true));
    int last = st.pieces().size() - 1;
    for (int i = 0; i <= last; i++) {
      TownPlan.Piece p = st.pieces().get(i);
      double s0 = spans.get(i)[0], s1 = spans.get(i)[1];
      if (p instanceof TownPlan.Junction j) {
        IntersectionBuilder.build(sk, path, spec, s0, j.arms());
      } else if (p instanceof TownPlan.Merge m) {
        MergeBuilder.build(sk, path, spec, s0, m.diverge());
      } else {
        if (i == 0 && mouthStart) {
          sk.route.add(sk.mouth(path, spec, s0, true).forward()[0]);
          s0 += TownGeometry.MOUTH;
        }
        double e = i == last && mouthEnd ? s1 - TownGeometry.MOUTH : s1;
        sk.route.add(sk.road(path, spec, s0, e, Zone.NORMAL, true).forward()[0]);
        if (e < s1) {
          sk.route.add(sk.mouth(path, spec, e, true).forward()[0]);
        }
      }
    }
    double[] p = path.at(path.length(), 0);
    return new Built(path, new double[] {p[0], p[1], heading});
  }

  private static double length(RoadSpec spec, TownPlan.Piece p) {
    if (p instanceof TownPlan.Straight st) {
      return st.length();
    }
    if (p instanceof TownPlan.Junction j) {
      return IntersectionBuilder.length(spec, j.arms());
    }
    return TownGeometry.mergeLength();
  }

  /** A length rounded to the path's sampling step, as {@link RoadPath} lays it. */
  static double steps(double length) {
    return Math.round(length / RoadPath.STEP) * RoadPath.STEP;
  }
}
