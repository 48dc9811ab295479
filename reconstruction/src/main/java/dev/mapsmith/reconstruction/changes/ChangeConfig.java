package dev.mapsmith.reconstruction.changes;

/**
 * Every tolerance of change detection (metres unless said otherwise), tuned on dev worlds only.
 *
 * @param sampleStep spacing of the samples taken along a prior element
 * @param seenRadius a sample is observed when lidar ground points fell within this distance
 * @param paintRadius a sample has paint when the paint mask has a cell within this distance
 * @param minObserved share of an element's samples that must be observed for a verdict
 * @param chunkLength observed runs are judged in pieces at most this long
 * @param minChunk observed runs shorter than this are not judged
 * @param match a prior point is supported by a detection within this distance (the benchmark's 1.0
 *     m)
 * @param minSupport share of a piece's points that must be supported for a match
 * @param moveMin a consistent sideways offset at least this large is a move (lane lines)
 * @param moveMinEdge the same for road edges, whose detected position varies more
 * @param moveMax farthest a moved element is searched for
 * @param moveSpread largest median absolute deviation of the offsets of one move
 * @param claim detection points this close to another prior element belong to it
 * @param paintPresent share of samples with paint above which a lane line counts as there though
 *     the reconstruction missed it
 * @param paintPresentMark the same for stop lines and crosswalks (solid paint across)
 * @param dashedPaint a line is dashed now only if at most this share of it has paint
 * @param solidPaint a line is solid now only if at least this share of it has paint (a dashed line
 *     of the map painted this much is solid now, whatever the reconstruction says)
 * @param dashedPaintAlone a solid line of the map painted at most this much is dashed now, whatever
 *     the reconstruction says
 * @param addedMinLength shortest run of a detection away from every prior element that is an
 *     addition
 * @param addedMinConfidence detections below this confidence are not reported as additions
 * @param sweepStride every n-th lidar sweep goes into the coverage grid
 */
public record ChangeConfig(
    double sampleStep,
    double seenRadius,
    double paintRadius,
    double minObserved,
    double chunkLength,
    double minChunk,
    double match,
    double minSupport,
    double moveMin,
    double moveMinEdge,
    double moveMax,
    double moveSpread,
    double claim,
    double paintPresent,
    double paintPresentMark,
    double dashedPaint,
    double solidPaint,
    double dashedPaintAlone,
    double addedMinLength,
    double addedMinConfidence,
    int sweepStride) {

  public ChangeConfig {
    if (!(sampleStep > 0) || !(match > 0) || sweepStride < 1 || !(moveMax > moveMin)) {
      throw new IllegalArgumentException("bad change-detection configuration");
    }
  }

  public static ChangeConfig defaults() {
    return new ChangeConfig(
        0.5, 0.3, 0.25, 0.3, 20, 2, 1.0, 0.5, 0.3, 0.5, 2.5, 0.3, 0.5, 0.2, 0.5, 0.7, 0.85, 0.42, 4,
        0.5, 2);
  }
}
