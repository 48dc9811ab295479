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
import dev.mapsmith.reconstruction.vector.SideContrast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the features of one block of the grid: paint fragments (pieces of lane lines), wide marks
 * (stripes, stop lines) and curb fragments. The block is read with a margin; only features owned by
 * the block's core are kept, so that neighbouring blocks never report one twice.
 */
final class BlockFeatures {

  private static final double MARGIN = 10;

  /** A short wide mark wider than this (m, across its main axis) is several bars that touch. */
  private static final double MAX_BAR_WIDTH = 2.0;

  /** A short wide mark wider than this (m) may be a smeared line round a bend, not a bar. */
  private static final double BENT_WIDTH = 0.6;

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
    int size = (int) Math.ceil(0.3 / res) + 1;
    boolean[][] split = WidthSplit.apply(paint, d.width, d.height, size);
    for (int[] comp : Components.of(split[0], d.width, d.height, size * size)) {
      Blob whole = BlobExtractor.whole(d, comp, d.intensity);
      if (whole.length() <= 8 && whole.width() > MAX_BAR_WIDTH) {
        // short but not one bar: a stop line with the first dash of a line through it (a T)
        LongWideMarks.sortJunction(d, comp, core, cfg, lineFragments, wideMarks);
      } else if (whole.length() <= 8) {
        if (whole.width() > BENT_WIDTH
            && LongWideMarks.sortIfBent(d, comp, whole, core, cfg, lineFragments)) {
          continue; // paint round a bend
        }
        if (whole.length() >= 1.0 && core.contains(whole.cx(), whole.cy())) {
          wideMarks.add(whole);
        }
      } else {
        // long: a double line (two stripes that merge on the grid), perhaps with a stop line
        LongWideMarks.sort(d, comp, core, cfg, lineFragments, wideMarks);
      }
    }
    for (int[] comp : Components.of(split[1], d.width, d.height, 3)) {
      Blob whole = BlobExtractor.whole(d, comp, d.intensity);
      if (whole.length() <= 8 && whole.width() < 0.35) {
        if (core.contains(whole.cx(), whole.cy()) && SideContrast.bothSidesDark(d, whole)) {
          lineFragments.add(whole); // a dash or a short straight piece, kept whole
        }
      } else {
        addPieces(d, comp, d.intensity, core, cfg.pieceSize(), 0.35, lineFragments, true);
      }
    }
    boolean[] curb = CurbMask.apply(d, cfg.curbReach(), cfg.curbMinStep(), cfg.curbMaxStep());
    for (int[] comp : Components.of(curb, d.width, d.height, 20)) {
      List<Blob> pieces = new ArrayList<>();
      addPieces(d, comp, null, core, cfg.pieceSize(), 1.5, pieces, false);
      for (Blob b : pieces) {
        if (CurbSide.facesPath(d, b, path)) {
          curbFragments.add(b);
        }
      }
    }
  }

  private static void addPieces(
      DenseLayers d,
      int[] comp,
      float[] values,
      Bounds2 core,
      double size,
      double maxWidth,
      List<Blob> out,
      boolean paint) {
    Map<Long, Blob> pieces = BlobExtractor.pieces(d, comp, values, size, 3);
    for (Blob b : pieces.values()) {
      double kx = Math.floor(b.cx() / size) * size + size / 2;
      double ky = Math.floor(b.cy() / size) * size + size / 2;
      if (core.contains(kx, ky)
          && b.length() >= 0.4
          && b.width() < maxWidth
          && (!paint || SideContrast.bothSidesDark(d, b))) {
        out.add(b);
      }
    }
  }
}
