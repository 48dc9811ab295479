package dev.mapsmith.reconstruction;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.sweep.SweepCoverage;
import dev.mapsmith.reconstruction.sweep.SweepLine;
import dev.mapsmith.reconstruction.sweep.SweepLineConfig;
import dev.mapsmith.reconstruction.sweep.SweepLineDetector;
import dev.mapsmith.reconstruction.sweep.SweepLineMerge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The single-sweep lane-line step of the classical reconstruction: when the selected sweeps cover
 * the ground too sparsely to accumulate ({@link SweepCoverage}), each sweep at a distinct position
 * is searched for lane lines on its own ({@link SweepLineDetector}); the lines that do not repeat a
 * divider already found become dividers with their own provenance (method {@value #METHOD}).
 */
final class SweepLines {

  static final String METHOD = "classical-sweep";

  /** A sweep line within this of a kept divider over most of its length repeats it. */
  static final double SAME_LINE = 0.5;

  /**
   * A sweep with more points within range than this is an accumulated cloud (a PCD map), not one
   * scan of a spinning lidar (a 128-beam sensor gives about 260 000 a revolution): it has no rings
   * to search, and the ring search over 3 M map points had not ended after 4 CPU-minutes; the
   * ground grid alone reads it.
   */
  static final int MAX_SCAN_POINTS = 2_000_000;

  private final ReconstructionConfig cfg;
  private final Set<Integer> chosen;
  private final int selected;
  private final List<SweepLine> found = new ArrayList<>();
  private int added;
  private int tooLarge;

  private SweepLines(ReconstructionConfig cfg, Set<Integer> chosen, int selected) {
    this.cfg = cfg;
    this.chosen = chosen;
    this.selected = selected;
  }

  static SweepLines forSelection(List<SelectedSweep> selected, ReconstructionConfig cfg) {
    double[] x = new double[selected.size()], y = new double[selected.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = selected.get(i).pose().tx();
      y[i] = selected.get(i).pose().ty();
    }
    return new SweepLines(
        cfg,
        new HashSet<>(SweepCoverage.sparseSweeps(x, y, cfg.sweepLines().sparseSpacing())),
        selected.size());
  }

  boolean active() {
    return !chosen.isEmpty();
  }

  /**
   * Searches selected sweep {@code k} when it is one of the chosen: {@code world} holds its points
   * in its drive's frame, seen from {@code sensor} on a vehicle heading {@code yaw}; {@code bridge}
   * moves lines into the output frame, where they must touch {@code work}.
   */
  void detect(
      int k,
      PointCloud world,
      RigidTransform sensor,
      double yaw,
      RigidTransform bridge,
      Bounds2 work) {
    if (!chosen.contains(k)) {
      return;
    }
    if (world.size() > MAX_SCAN_POINTS) {
      tooLarge++;
      return;
    }
    SweepLineConfig sc = cfg.sweepLines();
    for (SweepLine l :
        SweepLineDetector.detect(world, sensor.tx(), sensor.ty(), yaw, cfg.ground(), sc)) {
      Polyline g =
          bridge.equals(RigidTransform.IDENTITY) ? l.geometry() : moved(l.geometry(), bridge);
      if (g.bounds().intersects(work)) {
        found.add(new SweepLine(g, l.confidence(), l.rings(), l.painted()));
      }
    }
  }

  /** Adds the lines that repeat nothing in {@code dividers}; returns their geometry. */
  List<Polyline> addTo(PrimitiveFactory factory, List<Polyline> dividers) {
    List<Polyline> out = new ArrayList<>();
    if (found.isEmpty()) {
      return out;
    }
    Provenance p = factory.provenance(METHOD);
    for (SweepLine l : SweepLineMerge.distinct(found, dividers, SAME_LINE)) {
      factory.add(
          MapClass.DIVIDER,
          l.geometry(),
          l.confidence(),
          Attributes.of(Attributes.TYPE, "line_thin")
              .withColor(PaintColor.UNKNOWN)
              .with("rings", Integer.toString(l.rings())),
          p);
      out.add(l.geometry());
    }
    added = out.size();
    return out;
  }

  String describe() {
    return String.format(
            Locale.ROOT,
            "sparse lidar coverage (%d of %d sweeps at distinct positions, median spacing over %.1f m or"
                + " fewer than 3): single-sweep lane-line detector added %d dividers",
            chosen.size(),
            selected,
            cfg.sweepLines().sparseSpacing(),
            added)
        + (tooLarge == 0
            ? ""
            : "; "
                + tooLarge
                + " of them held over "
                + MAX_SCAN_POINTS
                + " points (an accumulated cloud, not one scan) and were not searched");
  }

  private static Polyline moved(Polyline g, RigidTransform t) {
    List<Point3> pts = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      pts.add(t.apply(g.point(i)));
    }
    return Polyline.of(pts);
  }
}
