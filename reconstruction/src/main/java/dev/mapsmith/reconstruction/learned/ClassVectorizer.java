package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.training.LaneClass;
import dev.mapsmith.reconstruction.CenterlineBuilder;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.grid.Components;
import dev.mapsmith.reconstruction.grid.DenseLayers;
import dev.mapsmith.reconstruction.grid.WidthSplit;
import dev.mapsmith.reconstruction.vector.Blob;
import dev.mapsmith.reconstruction.vector.BlobExtractor;
import dev.mapsmith.reconstruction.vector.Chain;
import dev.mapsmith.reconstruction.vector.ChainJoiner;
import dev.mapsmith.reconstruction.vector.Headings;
import dev.mapsmith.reconstruction.vector.LineChainer;
import dev.mapsmith.reconstruction.vector.PolylineFitter;
import dev.mapsmith.reconstruction.vector.WideMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a per-cell class raster into map primitives with the classical method's vector stage:
 * components are cut into short pieces ({@link BlobExtractor}), chained ({@link LineChainer}) and
 * fitted ({@link PolylineFitter}) with the classical configuration. Crosswalks become the rectangle
 * around a region, stop lines the segment along a bar; centerlines run between neighbouring lines
 * as the classical method draws them ({@link CenterlineBuilder}).
 */
final class ClassVectorizer {

  /** A vectorised feature before it becomes a primitive. */
  record Feature(MapClass mapClass, Polyline geometry, double score, Attributes attributes) {}

  private final DenseLayers layers;
  private final int[] classes;
  private final float[] heightSpan;
  private final float[] intensity;
  private final GroundLookup ground;
  private final ReconstructionConfig cfg;
  private final LearnedVectorConfig vc;
  private final Headings headings;

  ClassVectorizer(
      BevGrid grid,
      int[] classes,
      float[] minZ,
      float[] heightSpan,
      float[] intensity,
      Headings headings,
      ReconstructionConfig cfg,
      LearnedVectorConfig vc) {
    this.layers =
        new DenseLayers(grid.minX(), grid.minY(), grid.resolution(), grid.width(), grid.height());
    this.classes = classes;
    this.heightSpan = heightSpan;
    this.intensity = intensity;
    this.ground = new GroundLookup(grid, minZ);
    this.headings = headings;
    this.cfg = cfg;
    this.vc = vc;
  }

  /**
   * All features of the raster. {@code heightSpan} may be null (no curb filter); {@code intensity}
   * (mean intensity, NaN where no point fell) may be null (crosswalks are not trimmed to their
   * paint); {@code headings} are the driving directions used to tell stop lines from crosswalk
   * stripes.
   */
  static List<Feature> vectorize(
      BevGrid grid,
      int[] classes,
      float[] minZ,
      float[] heightSpan,
      float[] intensity,
      Headings headings,
      ReconstructionConfig cfg,
      LearnedVectorConfig vc) {
    ClassVectorizer v =
        new ClassVectorizer(grid, classes, minZ, heightSpan, intensity, headings, cfg, vc);
    List<Feature> marks = new ArrayList<>(v.wideMarks());
    marks.addAll(notOverlapping(v.crosswalks(), marks));
    marks.addAll(notOverlapping(v.stopLines(), marks));
    List<Polyline> barriers = marks.stream().map(Feature::geometry).toList();
    List<Feature> out =
        new ArrayList<>(Duplicates.drop(v.dividers(barriers), vc.dividerTwin(), vc.twinShare()));
    out.addAll(Duplicates.drop(v.boundaries(barriers), vc.boundaryTwin(), vc.twinShare()));
    List<Polyline> lines = out.stream().map(Feature::geometry).toList();
    for (Polyline c : CenterlineBuilder.centerlines(lines, cfg.centerlines())) {
      out.add(
          new Feature(
              MapClass.CENTERLINE,
              c,
              CenterlineBuilder.CONFIDENCE,
              Attributes.of(Attributes.TYPE, "centerline")));
    }
    out.addAll(marks);
    return out;
  }

  private static List<Feature> notOverlapping(List<Feature> extra, List<Feature> kept) {
    return extra.stream()
        .filter(
            f ->
                kept.stream()
                    .noneMatch(
                        k ->
                            k.mapClass() == f.mapClass()
                                && k.geometry().bounds().intersects(f.geometry().bounds())))
        .toList();
  }

  /**
   * Lane lines: the pixels of both divider classes, as bands of any width up to {@link
   * LearnedVectorConfig#lineMaxWidth()} (the network, trained with class weights, draws them wider
   * than the paint); short components are kept whole, long ones cut into pieces whose centres the
   * chains follow. Chains are joined across gaps as the classical lines are ({@link ChainJoiner}),
   * never over one of {@code barriers} (crosswalks and stop lines).
   */
  List<Feature> dividers(List<Polyline> barriers) {
    float[] dashed = new float[classes.length];
    for (int i = 0; i < classes.length; i++) {
      dashed[i] = classes[i] == LaneClass.DASHED_DIVIDER.ordinal() ? 1f : 0f;
    }
    int w = layers.width, h = layers.height;
    boolean[] lanePixels =
        Thinning.centreLines(mask(LaneClass.SOLID_DIVIDER, LaneClass.DASHED_DIVIDER), w, h);
    List<Blob> fragments = new ArrayList<>();
    for (int[] comp : Components.of(lanePixels, w, h, 3)) {
      Blob whole = BlobExtractor.whole(layers, comp, dashed);
      if (whole.length() <= cfg.marks().wholeLength() && whole.width() < vc.lineMaxWidth()) {
        fragments.add(whole); // a dash or a short straight piece, kept whole
      } else {
        for (Blob b : BlobExtractor.pieces(layers, comp, dashed, cfg.pieceSize(), 3).values()) {
          if (b.length() >= cfg.marks().minPieceLength() && b.width() < vc.lineMaxWidth()) {
            fragments.add(b);
          }
        }
      }
    }
    List<Feature> out = new ArrayList<>();
    List<Chain> chains = LineChainer.chain(fragments, cfg.paintChain());
    for (Chain c : new ChainJoiner(cfg.lines().joins()).join(chains, vc.lineJoin(), barriers, 0)) {
      double painted = c.paintedLength();
      if (painted < cfg.minLineLength()) {
        continue;
      }
      double dashedShare = 0, cells = 0;
      for (Blob b : c.fragments()) {
        dashedShare += b.value() * b.cells();
        cells += b.cells();
      }
      LinePattern pattern =
          dashedShare / Math.max(1, cells) > vc.dashedShare()
              ? LinePattern.DASHED
              : LinePattern.SOLID;
      Attributes a =
          Attributes.of(Attributes.TYPE, "line_thin")
              .withPattern(pattern)
              .withColor(PaintColor.UNKNOWN);
      out.add(new Feature(MapClass.DIVIDER, fit(c), lineScore(c), a));
    }
    return out;
  }

  /**
   * Crosswalks and stop lines from the wide parts of the crosswalk and stop-line classes (split by
   * width as the classical method splits its paint mask), by the classical {@link WideMarks}.
   */
  List<Feature> wideMarks() {
    int w = layers.width, h = layers.height;
    int size = vc.wideCells();
    boolean[][] split =
        WidthSplit.apply(mask(LaneClass.CROSSWALK, LaneClass.STOP_LINE), w, h, size);
    List<Blob> wideMarks = new ArrayList<>();
    for (int[] comp : Components.of(split[0], w, h, size * size)) {
      Blob whole = BlobExtractor.whole(layers, comp, null);
      if (whole.length() <= cfg.marks().wholeLength()
          && whole.length() >= cfg.marks().minMarkLength()) {
        wideMarks.add(whole);
      }
    }
    WideMarks.Result r = WideMarks.classify(wideMarks, headings, cfg.marks(), 0);
    List<Feature> out = new ArrayList<>();
    for (int i = 0; i < r.crossings().size(); i++) {
      out.add(
          new Feature(
              MapClass.PED_CROSSING,
              drape(r.crossings().get(i)),
              r.crossingScores().get(i),
              Attributes.of(Attributes.TYPE, "zebra_marking")));
    }
    for (int i = 0; i < r.stopLines().size(); i++) {
      out.add(
          new Feature(
              MapClass.STOP_LINE,
              drape(r.stopLines().get(i)),
              r.stopScores().get(i),
              Attributes.of(Attributes.TYPE, "stop_line")));
    }
    return out;
  }

  private Polyline drape(Polyline g) {
    List<Point3> pts = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      pts.add(point(g.x(i), g.y(i)));
    }
    return Polyline.of(pts);
  }

  List<Feature> boundaries(List<Polyline> barriers) {
    boolean[] mask = mask(LaneClass.BOUNDARY);
    if (heightSpan != null) {
      for (int i = 0; i < mask.length; i++) {
        mask[i] &= heightSpan[i] <= vc.curbMaxSpan();
      }
    }
    // no closing: it merges a curb's foot and top bands into one fat band whose centre line runs
    // between them; gaps (parked cars, noise) are bridged by the chain joins instead
    mask = Thinning.centreLines(mask, layers.width, layers.height);
    List<Feature> out = new ArrayList<>();
    List<Chain> chains = LineChainer.chain(pieces(mask, null, vc.curbMaxWidth()), cfg.curbChain());
    for (Chain c :
        new ChainJoiner(cfg.lines().joins()).join(chains, cfg.lines().curbJoin(), barriers)) {
      if (c.span() < cfg.minCurbLength()) {
        continue;
      }
      out.add(
          new Feature(
              MapClass.BOUNDARY,
              fit(c),
              lineScore(c),
              Attributes.of(Attributes.TYPE, "curbstone")));
    }
    return out;
  }

  List<Feature> crosswalks() {
    // not closed: closing joins a crosswalk to the marks beside it and tilts its rectangle
    boolean[] mask = mask(LaneClass.CROSSWALK);
    List<Feature> out = new ArrayList<>();
    for (int[] comp : Components.of(mask, layers.width, layers.height, vc.crosswalkMinCells())) {
      Blob b = BlobExtractor.whole(layers, comp, null);
      double area = comp.length * layers.resolution * layers.resolution;
      if (b.length() < vc.crosswalkMinLength() || b.width() < vc.crosswalkMinWidth()) {
        continue;
      }
      out.add(
          new Feature(
              MapClass.PED_CROSSING,
              stripeRectangle(b, comp),
              0.5 + 0.5 * Math.min(1, area / 30),
              Attributes.of(Attributes.TYPE, "zebra_marking")));
    }
    return out;
  }

  List<Feature> stopLines() {
    boolean[] mask = mask(LaneClass.STOP_LINE);
    List<Feature> out = new ArrayList<>();
    for (int[] comp : Components.of(mask, layers.width, layers.height, vc.stopLineMinCells())) {
      Blob b = BlobExtractor.whole(layers, comp, null);
      if (b.length() < vc.stopLineMinLength()) {
        continue;
      }
      double hx = b.ux() * b.length() / 2, hy = b.uy() * b.length() / 2;
      Polyline g =
          Polyline.of(List.of(point(b.cx() - hx, b.cy() - hy), point(b.cx() + hx, b.cy() + hy)));
      out.add(
          new Feature(
              MapClass.STOP_LINE,
              g,
              0.5 + 0.5 * Math.min(1, b.length() / 5),
              Attributes.of(Attributes.TYPE, "stop_line")));
    }
    return out;
  }

  private boolean[] mask(LaneClass... wanted) {
    boolean[] m = new boolean[classes.length];
    for (int i = 0; i < classes.length; i++) {
      for (LaneClass c : wanted) {
        m[i] |= classes[i] == c.ordinal();
      }
    }
    return m;
  }

  /** Components cut into pieces on the classical piece grid, as the classical lines are. */
  private List<Blob> pieces(boolean[] mask, float[] values, double maxWidth) {
    List<Blob> out = new ArrayList<>();
    for (int[] comp : Components.of(mask, layers.width, layers.height, 10)) {
      Map<Long, Blob> parts = BlobExtractor.pieces(layers, comp, values, cfg.pieceSize(), 3);
      for (Blob b : parts.values()) {
        if (b.length() >= cfg.marks().minPieceLength() && b.width() < maxWidth) {
          out.add(b);
        }
      }
    }
    return out;
  }

  private Polyline fit(Chain c) {
    Polyline flat =
        PolylineFitter.fit(c, cfg.smoothing(), cfg.lines().fitStep(), cfg.lines().fitMaxShift(), 0);
    List<Point3> pts = new ArrayList<>();
    for (int i = 0; i < flat.size(); i++) {
      pts.add(point(flat.x(i), flat.y(i)));
    }
    return Polyline.of(pts);
  }

  private static double lineScore(Chain c) {
    return 0.35
        + 0.65 * Math.min(1, c.paintedLength() / 25) * Math.min(1, c.fragments().size() / 3.0);
  }

  /**
   * The rectangle around a crosswalk region {@code comp} with its sides along and across the
   * stripes painted in it ({@link StripeAxis}, from the intensity), else along the region's own
   * axis; trimmed to the painted stripes ({@link CrosswalkTrim}) where the intensity shows them,
   * else the region's length and width. A crosswalk at any angle to the road keeps its own angle.
   */
  private Polyline stripeRectangle(Blob b, int[] comp) {
    double axis = Math.atan2(b.uy(), b.ux());
    if (intensity != null) {
      double stripes =
          StripeAxis.of(layers, comp, intensity, vc.stripeMinCells(), vc.stripeShare());
      if (!Double.isNaN(stripes)) {
        axis = stripes;
      }
    }
    double ux = Math.cos(axis), uy = Math.sin(axis);
    double[] e =
        intensity == null
            ? null
            : CrosswalkTrim.extents(layers, comp, intensity, b.cx(), b.cy(), ux, uy);
    if (e == null) {
      e = new double[] {-b.length() / 2, b.length() / 2, -b.width() / 2, b.width() / 2};
      if (Math.abs(b.ux() * ux + b.uy() * uy) < Math.sqrt(0.5)) {
        e = new double[] {-b.width() / 2, b.width() / 2, -b.length() / 2, b.length() / 2};
      }
    }
    List<Point3> corners = new ArrayList<>();
    double[][] order = {{e[0], e[2]}, {e[1], e[2]}, {e[1], e[3]}, {e[0], e[3]}};
    for (double[] an : order) {
      corners.add(point(b.cx() + an[0] * ux - an[1] * uy, b.cy() + an[0] * uy + an[1] * ux));
    }
    return Polyline.of(corners);
  }

  private Point3 point(double x, double y) {
    return new Point3(x, y, ground.at(x, y));
  }
}
