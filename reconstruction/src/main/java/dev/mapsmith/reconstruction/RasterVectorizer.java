package dev.mapsmith.reconstruction;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.reconstruction.grid.Components;
import dev.mapsmith.reconstruction.grid.DenseLayers;
import dev.mapsmith.reconstruction.vector.Blob;
import dev.mapsmith.reconstruction.vector.BlobExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage boundary between a class raster and vectors: a per-cell class raster (from a
 * segmentation network, or any other source) in, primitives out, through the same chaining, LOESS
 * fitting, solid/dashed test and centerlines as the classical pipeline. Class indices follow the
 * network's order (models' {@code LaneClass}): {@link #BACKGROUND}, {@link #SOLID_DIVIDER}, {@link
 * #DASHED_DIVIDER}, {@link #BOUNDARY}, {@link #CROSSWALK}, {@link #STOP_LINE}.
 */
public final class RasterVectorizer {

  public static final int BACKGROUND = 0;
  public static final int SOLID_DIVIDER = 1;
  public static final int DASHED_DIVIDER = 2;
  public static final int BOUNDARY = 3;
  public static final int CROSSWALK = 4;
  public static final int STOP_LINE = 5;

  private RasterVectorizer() {}

  /**
   * Vectorises {@code classes} (row-major over {@code grid}, one class index per cell). {@code
   * groundZ} (same layout, NaN where unknown) drapes the result; null puts it at height 0. {@code
   * method} and {@code drives} go into each primitive's provenance.
   */
  public static List<Primitive> vectorize(
      BevGrid grid,
      byte[] classes,
      float[] groundZ,
      ReconstructionConfig cfg,
      String method,
      List<String> drives) {
    if (classes.length != grid.cells()) {
      throw new IllegalArgumentException(
          "class raster has " + classes.length + " cells, the grid " + grid.cells());
    }
    DenseLayers d =
        new DenseLayers(grid.minX(), grid.minY(), grid.resolution(), grid.width(), grid.height());
    GroundHeight heights = new GroundHeight();
    if (groundZ != null) {
      System.arraycopy(groundZ, 0, d.z, 0, d.z.length);
      for (int r = 0; r < d.height; r += 10) {
        for (int c = 0; c < d.width; c += 10) {
          float z = d.z[r * d.width + c];
          if (!Float.isNaN(z)) {
            heights.add(d.centerX(c), d.centerY(r), z);
          }
        }
      }
    } else {
      heights.add(grid.minX(), grid.minY(), 0);
    }
    PrimitiveFactory factory = new PrimitiveFactory(cfg, drives, method);
    List<Polyline> barriers = new ArrayList<>();
    for (int[] comp : Components.of(mask(classes, CROSSWALK, CROSSWALK), d.width, d.height, 9)) {
      Blob b = BlobExtractor.whole(d, comp, null);
      Polyline ring = heights.drape(rectangle(b));
      barriers.add(ring);
      factory.add(MapClass.PED_CROSSING, ring, 0.8, Attributes.of("type", "zebra_marking"));
    }
    for (int[] comp : Components.of(mask(classes, STOP_LINE, STOP_LINE), d.width, d.height, 5)) {
      Blob b = BlobExtractor.whole(d, comp, null);
      if (b.length() >= cfg.marks().minMarkLength()) {
        Polyline line =
            heights.drape(Polyline.of(b.endX(0), b.endY(0), 0, b.endX(1), b.endY(1), 0));
        barriers.add(line);
        factory.add(MapClass.STOP_LINE, line, 0.7, Attributes.of("type", "stop_line"));
      }
    }
    List<Blob> lines = new ArrayList<>(), curbs = new ArrayList<>();
    boolean[] paint = mask(classes, SOLID_DIVIDER, DASHED_DIVIDER);
    for (int[] comp : Components.of(paint, d.width, d.height, 3)) {
      Blob whole = BlobExtractor.whole(d, comp, null);
      if (whole.length() <= cfg.marks().wholeLength()
          && whole.width() < cfg.marks().maxPieceWidth()) {
        lines.add(whole);
      } else {
        pieces(d, comp, cfg, cfg.marks().maxPieceWidth(), lines);
      }
    }
    for (int[] comp : Components.of(mask(classes, BOUNDARY, BOUNDARY), d.width, d.height, 5)) {
      pieces(d, comp, cfg, cfg.lines().maxCurbPieceWidth(), curbs);
    }
    List<Polyline> fitted = new ArrayList<>();
    fitted.addAll(
        LineBuilder.dividers(lines, barriers, List.of(), List.of(), cfg, heights, factory));
    fitted.addAll(LineBuilder.boundaries(curbs, barriers, cfg, heights, factory));
    CenterlineBuilder.build(fitted, cfg.centerlines(), factory);
    return factory.all();
  }

  private static boolean[] mask(byte[] classes, int a, int b) {
    boolean[] m = new boolean[classes.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = classes[i] == a || classes[i] == b;
    }
    return m;
  }

  private static void pieces(
      DenseLayers d, int[] comp, ReconstructionConfig cfg, double maxWidth, List<Blob> out) {
    for (Blob b : BlobExtractor.pieces(d, comp, null, cfg.pieceSize(), 3).values()) {
      if (b.length() >= cfg.marks().minPieceLength() && b.width() < maxWidth) {
        out.add(b);
      }
    }
  }

  private static Polyline rectangle(Blob b) {
    double hx = b.length() / 2, hy = b.width() / 2, nx = -b.uy(), ny = b.ux();
    double[] xyz = new double[12];
    double[][] corners = {{-hx, -hy}, {hx, -hy}, {hx, hy}, {-hx, hy}};
    for (int i = 0; i < 4; i++) {
      xyz[3 * i] = b.cx() + corners[i][0] * b.ux() + corners[i][1] * nx;
      xyz[3 * i + 1] = b.cy() + corners[i][0] * b.uy() + corners[i][1] * ny;
    }
    return Polyline.of(xyz);
  }
}
