package dev.mapsmith.drivelog.map.opendrive;

import java.util.ArrayList;
import java.util.List;

/**
 * Road coordinates (s along the reference line, t to its left) to map coordinates {x, y, z}, and
 * the lateral position of each lane edge of a lane section.
 */
public record RoadFrame(Road road) {

  /** The point at road coordinates (s, t), at the road's elevation plus {@code dz}. */
  public double[] point(double s, double t, double dz) {
    CurvePoint p = road.planView().at(s);
    return new double[] {
      p.x() - Math.sin(p.heading()) * t,
      p.y() + Math.cos(p.heading()) * t,
      road.elevation().value(s) + dz
    };
  }

  public double heading(double s) {
    return road.planView().at(s).heading();
  }

  /**
   * The t of edge {@code k} on one side of a section: k = 0 is the centre line (the reference line
   * shifted by the lane offset), k ≥ 1 the outer edge of lane ±k ({@code left} picks the side).
   */
  public double edgeT(LaneSection section, boolean left, int k, double s) {
    double t = road.laneOffset().value(s);
    List<Lane> lanes = left ? section.left() : section.right();
    for (int i = 0; i < k; i++) {
      double w = lanes.get(i).width().value(s);
      t += left ? w : -w;
    }
    return t;
  }

  /** Where the shape of edge {@code k} may kink: geometry, elevation, offset and width breaks. */
  public List<Double> edgeBreaks(LaneSection section, boolean left, int k) {
    List<Double> b = new ArrayList<>(road.planView().breaks());
    b.addAll(road.elevation().breaks());
    b.addAll(road.laneOffset().breaks());
    List<Lane> lanes = left ? section.left() : section.right();
    for (int i = 0; i < k; i++) {
      b.addAll(lanes.get(i).width().breaks());
    }
    return b;
  }
}
