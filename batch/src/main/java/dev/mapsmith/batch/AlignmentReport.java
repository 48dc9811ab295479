package dev.mapsmith.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alignment residuals: per tile and drive the estimated offset; where the simulator's truth is
 * known, the residual of the drive's offset relative to the tile's other drives after alignment
 * (estimated minus true, both taken relative to the drives' mean: alignment fixes drives to each
 * other, not to the earth) and the same before alignment.
 */
public record AlignmentReport(
    List<Map<String, Object>> rows, double[] after, double[] before, Map<String, Integer> fits) {

  static AlignmentReport of(List<TileOutput> tiles) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Double> after = new ArrayList<>(), before = new ArrayList<>();
    Map<String, Integer> fits = new java.util.TreeMap<>();
    for (TileOutput t : tiles) {
      List<TileOutput.DriveOffset> known =
          t.offsets().stream().filter(d -> d.truth() != null && d.pairs() > 0).toList();
      double ex = 0, ey = 0, tx = 0, ty = 0;
      for (TileOutput.DriveOffset d : known) {
        ex += d.dx() / known.size();
        ey += d.dy() / known.size();
        tx += d.truth()[0] / known.size();
        ty += d.truth()[1] / known.size();
      }
      for (TileOutput.DriveOffset d : t.offsets()) {
        if (t.offsets().size() >= 2) {
          fits.merge(d.fit(), 1, Integer::sum);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("tile", Tiles.token(t.tile()));
        r.put("drive", d.drive() + 1);
        r.put("offset_m", List.of(round(d.dx()), round(d.dy())));
        r.put("line_pairs", d.pairs());
        r.put("fit", d.fit());
        r.put("sigma_m", round(d.sigmaM()));
        if (known.size() >= 2 && known.contains(d)) {
          double rx = (d.dx() - ex) - (d.truth()[0] - tx), ry = (d.dy() - ey) - (d.truth()[1] - ty);
          double bx = d.truth()[0] - tx, by = d.truth()[1] - ty;
          r.put("true_offset_m", List.of(round(bx), round(by)));
          r.put("residual_m", round(Math.hypot(rx, ry)));
          after.add(Math.hypot(rx, ry));
          before.add(Math.hypot(bx, by));
        }
        rows.add(r);
      }
    }
    return new AlignmentReport(
        List.copyOf(rows),
        after.stream().mapToDouble(Double::doubleValue).toArray(),
        before.stream().mapToDouble(Double::doubleValue).toArray(),
        fits);
  }

  /** Median residual after alignment and the median relative offset before it (NaN: no truth). */
  public Map<String, Object> summary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("drive_tiles_with_truth", after.length);
    m.put("median_residual_m", round(median(after)));
    m.put("median_offset_before_m", round(median(before)));
    m.put("fits", fits); // drive-tiles with two or more drives, by how their offset was found
    return m;
  }

  public double medianResidual() {
    return median(after);
  }

  static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 1000) / 1000.0;
  }
}
