package dev.mapsmith.reconstruction;

import dev.mapsmith.reconstruction.cloud.GroundConfig;
import dev.mapsmith.reconstruction.sweep.SweepLineConfig;
import dev.mapsmith.reconstruction.vector.ChainConfig;
import dev.mapsmith.reconstruction.vector.MarkConfig;
import dev.mapsmith.reconstruction.vector.SideConfig;

/**
 * Parameters of the classical reconstruction, one record per stage, defaults in {@link
 * #defaults()}. Distances in metres. The whole record, with a short hash of it ({@link
 * ConfigFingerprint}), goes into each primitive's provenance.
 *
 * @param resolution BEV cell edge
 * @param minRange points nearer the sensor are dropped (the vehicle itself)
 * @param maxRange points farther from the sensor are dropped (sparse, noisy)
 * @param ground ground segmentation
 * @param backgroundWindow adaptive threshold window, cells
 * @param paintRatio paint is this many times brighter than its surroundings...
 * @param paintContrast ...and at least this much brighter (normalised intensity)
 * @param curbReach height steps are measured this many cells to either side
 * @param curbMinStep smallest height step of a curb
 * @param curbMaxStep largest height step of a curb
 * @param pieceSize long components are cut into pieces on a grid of this size
 * @param paintChain how lane-line fragments join
 * @param curbChain how curb fragments join
 * @param smoothing LOESS span along a line
 * @param minLineLength painted lines with less painted length are dropped
 * @param minCurbLength curb lines shorter than this are dropped
 * @param solidCoverage a line painted over at least this fraction of its span is solid
 * @param align align sweeps to the growing map (for noisy poses)
 * @param alignSearch largest shift the alignment tries
 * @param sweepLines the single-sweep lane-line detector, for sweeps too sparse to accumulate
 * @param marks the wide-mark stage (stop lines, zebra stripes, smeared lane lines)
 * @param lines the line stage (joins, fitting)
 * @param centerlines lane centerlines between neighbouring lines
 * @param sides what must lie beside a painted line or a curb
 */
public record ReconstructionConfig(
    double resolution,
    double minRange,
    double maxRange,
    GroundConfig ground,
    int backgroundWindow,
    double paintRatio,
    double paintContrast,
    int curbReach,
    double curbMinStep,
    double curbMaxStep,
    double pieceSize,
    ChainConfig paintChain,
    ChainConfig curbChain,
    double smoothing,
    double minLineLength,
    double minCurbLength,
    double solidCoverage,
    boolean align,
    double alignSearch,
    SweepLineConfig sweepLines,
    MarkConfig marks,
    LineConfig lines,
    CenterlineConfig centerlines,
    SideConfig sides) {

  /**
   * The version written into each primitive's provenance, with the configuration's hash: raised
   * whenever the method's output changes for the same configuration (docs/decisions/0160; 0.3:
   * confidences calibrated, decision 0190).
   */
  public static final String VERSION = "0.3";

  public static ReconstructionConfig defaults() {
    return new ReconstructionConfig(
        0.1,
        2.5,
        30,
        GroundConfig.defaults(),
        41,
        1.5,
        0.35,
        3,
        0.07,
        0.4,
        2.0,
        new ChainConfig(14, 20, 0.3, 0.03),
        new ChainConfig(6, 25, 0.4, 0.06),
        8,
        2.0,
        5.0,
        0.7,
        true,
        0.6,
        SweepLineConfig.defaults(),
        MarkConfig.defaults(),
        LineConfig.defaults(),
        CenterlineConfig.defaults(),
        SideConfig.defaults());
  }

  public ReconstructionConfig withAlign(boolean on) {
    return new ReconstructionConfig(
        resolution,
        minRange,
        maxRange,
        ground,
        backgroundWindow,
        paintRatio,
        paintContrast,
        curbReach,
        curbMinStep,
        curbMaxStep,
        pieceSize,
        paintChain,
        curbChain,
        smoothing,
        minLineLength,
        minCurbLength,
        solidCoverage,
        on,
        alignSearch,
        sweepLines,
        marks,
        lines,
        centerlines,
        sides);
  }

  public ReconstructionConfig withResolution(double cell) {
    return new ReconstructionConfig(
        cell,
        minRange,
        maxRange,
        ground,
        backgroundWindow,
        paintRatio,
        paintContrast,
        curbReach,
        curbMinStep,
        curbMaxStep,
        pieceSize,
        paintChain,
        curbChain,
        smoothing,
        minLineLength,
        minCurbLength,
        solidCoverage,
        align,
        alignSearch,
        sweepLines,
        marks,
        lines,
        centerlines,
        sides);
  }

  public ReconstructionConfig withMaxRange(double range) {
    return new ReconstructionConfig(
        resolution,
        minRange,
        range,
        ground,
        backgroundWindow,
        paintRatio,
        paintContrast,
        curbReach,
        curbMinStep,
        curbMaxStep,
        pieceSize,
        paintChain,
        curbChain,
        smoothing,
        minLineLength,
        minCurbLength,
        solidCoverage,
        align,
        alignSearch,
        sweepLines,
        marks,
        lines,
        centerlines,
        sides);
  }

  public ReconstructionConfig withSweepLines(SweepLineConfig sweep) {
    return new ReconstructionConfig(
        resolution,
        minRange,
        maxRange,
        ground,
        backgroundWindow,
        paintRatio,
        paintContrast,
        curbReach,
        curbMinStep,
        curbMaxStep,
        pieceSize,
        paintChain,
        curbChain,
        smoothing,
        minLineLength,
        minCurbLength,
        solidCoverage,
        align,
        alignSearch,
        sweep,
        marks,
        lines,
        centerlines,
        sides);
  }

  public ReconstructionConfig withMarks(MarkConfig m) {
    return new ReconstructionConfig(
        resolution,
        minRange,
        maxRange,
        ground,
        backgroundWindow,
        paintRatio,
        paintContrast,
        curbReach,
        curbMinStep,
        curbMaxStep,
        pieceSize,
        paintChain,
        curbChain,
        smoothing,
        minLineLength,
        minCurbLength,
        solidCoverage,
        align,
        alignSearch,
        sweepLines,
        m,
        lines,
        centerlines,
        sides);
  }

  public ReconstructionConfig withLines(LineConfig l) {
    return new ReconstructionConfig(
        resolution,
        minRange,
        maxRange,
        ground,
        backgroundWindow,
        paintRatio,
        paintContrast,
        curbReach,
        curbMinStep,
        curbMaxStep,
        pieceSize,
        paintChain,
        curbChain,
        smoothing,
        minLineLength,
        minCurbLength,
        solidCoverage,
        align,
        alignSearch,
        sweepLines,
        marks,
        l,
        centerlines,
        sides);
  }

  /** The whole configuration as canonical JSON ({@link ConfigFingerprint#json}). */
  public String toJson() {
    return ConfigFingerprint.json(this);
  }

  /** A short stable hash of the whole configuration ({@link ConfigFingerprint#hash}). */
  public String hash() {
    return ConfigFingerprint.hash(this);
  }
}
