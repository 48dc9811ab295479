package dev.mapsmith.reconstruction;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.reconstruction.vector.BarrierReach;
import dev.mapsmith.reconstruction.vector.Blob;
import dev.mapsmith.reconstruction.vector.Chain;
import dev.mapsmith.reconstruction.vector.ChainConfig;
import dev.mapsmith.reconstruction.vector.ChainJoiner;
import dev.mapsmith.reconstruction.vector.CurbAlongside;
import dev.mapsmith.reconstruction.vector.LineChainer;
import dev.mapsmith.reconstruction.vector.LineJunctions;
import dev.mapsmith.reconstruction.vector.PolylineFitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines from fragments: chains them, drops short ones, fits smooth polylines, tells solid from
 * dashed by the share of the span that is painted, and scores confidence by painted length.
 */
final class LineBuilder {

  private LineBuilder() {}

  /** Lane lines (DIVIDER); returns the fitted geometry for centerlines. */
  static List<Polyline> dividers(
      List<Blob> fragments,
      List<Polyline> barriers,
      List<Polyline> stopLines,
      List<Polyline> curbs,
      ReconstructionConfig cfg,
      GroundHeight z,
      PrimitiveFactory out) {
    List<Polyline> fitted = new ArrayList<>();
    List<Double> confs = new ArrayList<>();
    List<dev.mapsmith.core.map.Attributes> attrs = new ArrayList<>();
    List<Chain> chains = LineChainer.chain(fragments, cfg.paintChain());
    LineConfig lc = cfg.lines();
    for (Chain c :
        new ChainJoiner(lc.joins()).join(chains, lc.lineJoin(), barriers, lc.paintCornerGap())) {
      double painted = c.paintedLength();
      if (painted < cfg.minLineLength()) {
        continue;
      }
      double coverage = painted / Math.max(1e-9, c.span());
      LinePattern pattern =
          coverage >= cfg.solidCoverage() ? LinePattern.SOLID : LinePattern.DASHED;
      Polyline g =
          BarrierReach.extend(
              PolylineFitter.fit(c, cfg.smoothing(), lc.fitStep(), lc.fitMaxShift(), 0),
              stopLines,
              lc.stopLineReach());
      double conf =
          (0.35 + 0.65 * Math.min(1, painted / 25) * Math.min(1, c.fragments().size() / 3.0))
              * (1 - lc.onCurbPenalty() * CurbAlongside.share(g, curbs, lc.onCurbDistance()));
      fitted.add(g);
      confs.add(conf);
      attrs.add(
          PrimitiveFactory.line("line_thin", pattern, PaintColor.UNKNOWN)
              .with("paint_coverage", String.format(java.util.Locale.ROOT, "%.2f", coverage)));
    }
    List<Integer> from = new ArrayList<>();
    List<Polyline> lines = new ArrayList<>();
    for (Polyline piece : LineJunctions.apply(fitted, confs, from, lc.junctions())) {
      int k = from.get(lines.size());
      Polyline g = z.drape(piece);
      out.add(MapClass.DIVIDER, g, confs.get(k), attrs.get(k));
      lines.add(g);
    }
    return lines;
  }

  /** Road edges and curbs (BOUNDARY) from height-step fragments. */
  static List<Polyline> boundaries(
      List<Blob> fragments,
      List<Polyline> barriers,
      ReconstructionConfig cfg,
      GroundHeight z,
      PrimitiveFactory out) {
    List<Polyline> lines = new ArrayList<>();
    ChainConfig cc = cfg.curbChain();
    for (Chain c :
        new ChainJoiner(cfg.lines().joins())
            .join(LineChainer.chain(fragments, cc), cfg.lines().curbJoin(), barriers)) {
      double span = c.span();
      if (span < cfg.minCurbLength()) {
        continue;
      }
      Polyline g =
          z.drape(
              PolylineFitter.fit(
                  c, cfg.smoothing(), cfg.lines().fitStep(), cfg.lines().fitMaxShift(), 0));
      double conf = 0.3 + 0.7 * Math.min(1, span / 30);
      out.add(
          MapClass.BOUNDARY,
          g,
          conf,
          dev.mapsmith.core.map.Attributes.of(dev.mapsmith.core.map.Attributes.TYPE, "curbstone"));
      lines.add(g);
    }
    return lines;
  }
}
