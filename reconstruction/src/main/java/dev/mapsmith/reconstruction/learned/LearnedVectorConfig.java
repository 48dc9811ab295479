package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.reconstruction.vector.ChainConfig;

/**
 * The learned path's vector stage, on top of the classical configuration it shares (piece size,
 * chaining, fitting, curb joins, wide marks). Widths and lengths in metres, areas in cells of the
 * raster, heights in metres.
 *
 * @param curbMaxSpan tallest height span of a cell that can hold a curb (walls, cars are taller)
 * @param lineMaxWidth widest blob taken as a piece of lane line, after thinning to centre lines
 * @param curbMaxWidth the same for curbs (their thinned bands keep more spurs)
 * @param lineJoin how lane-line chains join across larger gaps: as the classical line stage, with 1
 *     m lateral tolerance (band centres wander more than paint); no corner joins, which would send
 *     lines round the blobs the network paints in junctions
 * @param dividerTwin a divider within this of a longer one over {@code twinShare} of its length is
 *     a copy of it and goes
 * @param boundaryTwin the same for curbs (often predicted as two bands, top and foot)
 * @param twinShare see {@code dividerTwin}
 * @param wideCells paint that holds a square of this many cells is a wide mark (stripe, stop line);
 *     the model draws lines 3-4 cells wide
 * @param crosswalkMinCells crosswalk regions need at least this many cells...
 * @param crosswalkMinLength ...this length...
 * @param crosswalkMinWidth ...and this width
 * @param stopLineMinCells stop-line regions need at least this many cells...
 * @param stopLineMinLength ...and this length
 * @param dashedShare a line whose cells are dashed over more than this share is dashed
 * @param stripeMinCells a crosswalk's stripe direction needs an intensity in this many cells...
 * @param stripeShare ...and slices along it that explain this share of the intensity variance
 * @param minSweeps the network is applied only to rasters accumulated from at least this many
 *     sweeps: it was trained on rasters of hundreds (25-30 s drives at 10 Hz); a raster of a sweep
 *     or two is outside what it has seen, and the classical method (with its single-sweep detector)
 *     reconstructs such input instead (decision 0190)
 */
public record LearnedVectorConfig(
    double curbMaxSpan,
    double lineMaxWidth,
    double curbMaxWidth,
    ChainConfig lineJoin,
    double dividerTwin,
    double boundaryTwin,
    double twinShare,
    int wideCells,
    int crosswalkMinCells,
    double crosswalkMinLength,
    double crosswalkMinWidth,
    int stopLineMinCells,
    double stopLineMinLength,
    double dashedShare,
    int stripeMinCells,
    double stripeShare,
    int minSweeps) {

  public static LearnedVectorConfig defaults() {
    return new LearnedVectorConfig(
        0.5,
        0.8,
        1.2,
        new ChainConfig(20, 35, 1.0, 0.03),
        0.4,
        0.8,
        0.8,
        6,
        200,
        2,
        1,
        30,
        1.0,
        0.5,
        50,
        0.3,
        10);
  }
}
