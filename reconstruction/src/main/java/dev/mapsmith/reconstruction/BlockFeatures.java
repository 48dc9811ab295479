package dev.mapsmith.reconstruction;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.reconstruction.grid.Components;
import dev.mapsmith.reconstruction.grid.CurbMask;
import dev.mapsmith.reconstruction.grid.DenseLayers;
import dev.mapsmith.reconstruction.grid.Morphology;
import dev.mapsmith.reconstruction.grid.PaintMask;
import dev.mapsmith.reconstruction.grid.TiledGrid;
import dev.mapsmith.reconstruction.grid.WidthSplit;
import dev.mapsmith.reconstruction.vector.Blob;
import dev.mapsmith.reconstruction.vector.BlobExtractor;
import dev.mapsmith.reconstruction.vector.CurbSide;
import dev.mapsmith.reconstruction.vector.Headings;
import dev.mapsmith.reconstruction.vector.MarkConfig;
import dev.mapsmith.reconstruction.vector.RoadDirection;
import dev.mapsmith.reconstruction.vector.SideContrast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds the features of one block of the grid: paint fragments (pieces of lane lines), wide marks
 * (stripes, stop lines) and curb fragments. The block is read with a margin; only features owned by
 * the block's core are kept, so that neighbouring blocks never report one twice.
 */
final class BlockFeatures {

  /**
   * The block is read with this margin (m): a feature owned by the core is measured whole when it
   * is no longer than twice this, longer than any whole-measured component ({@link
   * MarkConfig#wholeLength()}).
   */
  private static final double MARGIN = 10;

  private BlockFeatures() {}

  static void extract(
      TiledGrid grid,
      Bounds2 core,
      ReconstructionConfig cfg,
      List<Blob> lineFragments,
      List<Blob> wideMarks,
      List<Blob> curbFragments,
      GroundHeight heights,
      Headings path) {
    DenseLayers d = grid.dense(core.expand(MARGIN));
    for (int r = 0; r < d.height; r += 10) {
      for (int c = 0; c < d.width; c += 10) {
        float z = d.z[r * d.width + c];
        if (!Float.isNaN(z) && core.contains(d.centerX(c), d.centerY(r))) {
          heights.add(d.centerX(c), d.centerY(r), z);
        }
      }
    }
    double res = d.resolution;
    boolean[] paint =
        PaintMask.apply(d, cfg.backgroundWindow(), cfg.paintRatio(), cfg.paintContrast());
    paint = Morphology.close(paint, d.width, d.height, 1);
    MarkConfig m = cfg.marks();
    int size = (int) Math.ceil(m.wideWidth() / res) + 1;
    boolean[][] split = WidthSplit.apply(paint, d.width, d.height, size);
    // thin paint first: its fragments give the road's direction that long wide runs are sorted
    // by; they join the output after the wide marks' fragments, in the order they always had
    List<Blob> thin = new ArrayList<>(), thinOutside = new ArrayList<>();
    for (int[] comp : Components.of(split[1], d.width, d.height, 3)) {
      Blob whole = BlobExtractor.whole(d, comp, d.intensity);
      if (whole.length() <= m.wholeLength() && whole.width() < m.maxLineWidth()) {
        if (!core.contains(whole.cx(), whole.cy())) {
          thinOutside.add(whole);
        } else if (SideContrast.bothSidesDark(d, whole, cfg.sides())) {
          thin.add(whole); // a dash or a short straight piece, kept whole
        }
      } else {
        addPieces(d, comp, d.intensity, core, cfg, m.maxLineWidth(), thin, thinOutside);
      }
    }
    Supplier<RoadDirection> road = roadDirection(d, thin, thinOutside, path, cfg);
    for (int[] comp : Components.of(split[0], d.width, d.height, size * size)) {
      Blob whole = BlobExtractor.whole(d, comp, d.intensity);
      if (whole.length() <= m.wholeLength() && whole.width() > m.maxBarWidth()) {
        // short but not one bar: a stop line with the first dash of a line through it (a T)
        LongWideMarks.sortJunction(d, comp, core, cfg, lineFragments, wideMarks);
      } else if (whole.length() <= m.wholeLength()) {
        if (whole.width() > m.bentWidth()
            && LongWideMarks.sortIfBent(d, comp, whole, core, cfg, lineFragments)) {
          continue; // paint round a bend
        }
        if (whole.length() >= m.minMarkLength() && core.contains(whole.cx(), whole.cy())) {
          wideMarks.add(whole);
        }
      } else {
        // long: a double line (two stripes that merge on the grid), or a bar across the road
        // (a stop line over several lanes), perhaps both joined
        LongWideMarks.sort(d, comp, core, cfg, road, lineFragments, wideMarks);
      }
    }
    lineFragments.addAll(thin);
    boolean[] curb = CurbMask.apply(d, cfg.curbReach(), cfg.curbMinStep(), cfg.curbMaxStep());
    for (int[] comp : Components.of(curb, d.width, d.height, 20)) {
      List<Blob> pieces = new ArrayList<>();
      addPieces(d, comp, null, core, cfg, cfg.lines().maxCurbPieceWidth(), pieces, null);
      for (Blob b : pieces) {
        if (CurbSide.facesPath(d, b, path, cfg.sides())) {
          curbFragments.add(b);
        }
      }
    }
  }

  /**
   * Pieces of {@code comp} owned by the core go to {@code out}; for paint ({@code outside} not
   * null) they must be dark on both sides, and the pieces outside the core go to {@code outside}
   * unchecked.
   */
  private static void addPieces(
      DenseLayers d,
      int[] comp,
      float[] values,
      Bounds2 core,
      ReconstructionConfig cfg,
      double maxWidth,
      List<Blob> out,
      List<Blob> outside) {
    double size = cfg.pieceSize();
    Map<Long, Blob> pieces = BlobExtractor.pieces(d, comp, values, size, 3);
    for (Blob b : pieces.values()) {
      double kx = Math.floor(b.cx() / size) * size + size / 2;
      double ky = Math.floor(b.cy() / size) * size + size / 2;
      if (b.length() < cfg.marks().minPieceLength() || b.width() >= maxWidth) {
        continue;
      }
      if (!core.contains(kx, ky)) {
        if (outside != null) {
          outside.add(b);
        }
      } else if (outside == null || SideContrast.bothSidesDark(d, b, cfg.sides())) {
        out.add(b);
      }
    }
  }

  /**
   * The road's direction from the block's lane-line fragments, those in the margin included (each
   * checked for dark sides only when a long run asks), else from the trajectory.
   */
  private static Supplier<RoadDirection> roadDirection(
      DenseLayers d,
      List<Blob> owned,
      List<Blob> outside,
      Headings path,
      ReconstructionConfig cfg) {
    RoadDirection[] made = new RoadDirection[1];
    return () -> {
      if (made[0] == null) {
        List<Blob> all = new ArrayList<>(owned);
        for (Blob b : outside) {
          if (SideContrast.bothSidesDark(d, b, cfg.sides())) {
            all.add(b);
          }
        }
        made[0] = new RoadDirection(all, path, cfg.marks());
      }
      return made[0];
    };
  }
}
