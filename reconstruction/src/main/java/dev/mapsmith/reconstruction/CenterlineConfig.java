package dev.mapsmith.reconstruction;

/**
 * How lane centerlines are drawn between neighbouring lines ({@link CenterlineBuilder}). Metres.
 *
 * @param walkStep each line is walked in steps of about this length
 * @param minLaneWidth the nearest other line at least this far to the side...
 * @param maxLaneWidth ...and at most this far bounds a lane
 * @param widthStep lane widths are tried in steps of this
 * @param onLine a tried width finds the other line when it comes this close to it
 * @param minPoints runs of at least this many midpoints make a centerline
 */
public record CenterlineConfig(
    double walkStep,
    double minLaneWidth,
    double maxLaneWidth,
    double widthStep,
    double onLine,
    int minPoints) {

  public static CenterlineConfig defaults() {
    return new CenterlineConfig(2, 2.5, 4.5, 0.1, 0.15, 5);
  }
}
