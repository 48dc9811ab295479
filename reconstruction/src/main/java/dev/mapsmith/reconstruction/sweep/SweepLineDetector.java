package dev.mapsmith.reconstruction.sweep;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.cloud.GroundConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Lane lines from a single lidar sweep, for data too sparse to accumulate (one sweep of a 32-beam
 * lidar covers only its rings, so paint shows as isolated bright spots where each ring crosses a
 * line). Ground points, paint-bright against their own ring, grouped into hits; lines near the
 * heading through hits on several distinct rings (Hough vote, least-squares refit); pieces that
 * continue each other joined; each end extended half-way to the next ring that crosses it
 * unpainted. See docs/decisions/0051-single-sweep-lane-lines.md.
 */
public final class SweepLineDetector {

  private SweepLineDetector() {}

  /**
   * Detects lane lines in {@code world} (points in the world frame) seen from a sensor at (sx, sy)
   * on a vehicle heading {@code yaw}.
   */
  public static List<SweepLine> detect(
      PointCloud world,
      double sx,
      double sy,
      double yaw,
      GroundConfig ground,
      SweepLineConfig cfg) {
    SweepGround g = SweepGround.of(world, sx, sy, yaw, ground, cfg);
    boolean[] bright = RingPaint.bright(g, cfg);
    List<PaintHit> hits = PaintHits.of(g, bright, cfg.hitLink());
    List<LinePiece> pieces = LineSearch.find(hits, g, cfg);
    List<List<LinePiece>> chains = PieceJoiner.join(pieces, cfg);
    List<SweepLine> out = new ArrayList<>();
    double c = Math.cos(yaw), s = Math.sin(yaw);
    for (List<LinePiece> pieceChain : chains) {
      int rings = pieceChain.stream().mapToInt(LinePiece::rings).sum();
      double painted = pieceChain.stream().mapToDouble(LinePiece::length).sum();
      List<LinePiece> chain = LineEnds.extend(pieceChain, g, bright, cfg);
      List<double[]> local = ChainGeometry.vertices(chain, cfg.inlierDistance());
      double[] xyz = new double[local.size() * 3];
      for (int i = 0; i < local.size(); i++) {
        double u = local.get(i)[0], v = local.get(i)[1];
        xyz[3 * i] = sx + u * c - v * s;
        xyz[3 * i + 1] = sy + u * s + v * c;
        xyz[3 * i + 2] = local.get(i)[2];
      }
      out.add(new SweepLine(Polyline.of(xyz), confidence(rings), rings, painted));
    }
    out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
    return out;
  }

  /** More distinct rings, more confidence: 4 rings give about 0.55, 12 about 0.9. */
  static double confidence(int rings) {
    return 1 - Math.exp(-rings / 5.0);
  }
}
