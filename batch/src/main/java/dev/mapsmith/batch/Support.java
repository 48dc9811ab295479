package dev.mapsmith.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which drives support a fused primitive: a drive does when its own reconstruction (moved by its
 * alignment correction) has a primitive of the same class running within {@code supportM} of the
 * fused one over at least {@code supportShare} of the fused one's samples.
 */
final class Support {

  private Support() {}

  /**
   * Indices (into {@code perDrive}) of the drives that support {@code xyz} of class {@code cls}.
   */
  static List<Integer> of(
      String cls,
      double[] xyz,
      List<Map<String, List<double[]>>> perDrive,
      double[][] offsets,
      AlignmentConfig cfg) {
    List<double[]> samples = LineIndex.samples(xyz, cfg.stepM());
    samples.add(new double[] {xyz[xyz.length - 3], xyz[xyz.length - 2]});
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < perDrive.size(); i++) {
      List<double[]> own = perDrive.get(i).getOrDefault(cls, List.of());
      if (own.isEmpty()) {
        continue;
      }
      LineIndex index = new LineIndex(own, Math.max(1.0, cfg.supportM()));
      int near = 0;
      for (double[] s : samples) {
        // the drive's lines sit at +offset; the fused map at the consensus
        if (index.nearest(s[0] + offsets[i][0], s[1] + offsets[i][1], cfg.supportM()) != null) {
          near++;
        }
      }
      if (near >= cfg.supportShare() * samples.size()) {
        out.add(i);
      }
    }
    return out;
  }
}
