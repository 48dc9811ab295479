package dev.mapsmith.reconstruction.vector;

/**
 * The wide-mark stage: how paint is split into lane-line fragments and wide marks, and how wide
 * marks are sorted into zebra stripes, stop lines and stretches of lane line. Lengths and widths in
 * metres, angles in degrees, cosines unitless. Defaults in {@link #defaults()}; the geometric
 * contracts the rules keep are stated where they are used ({@code BlockFeatures}, {@code
 * LongWideMarks}, {@link WideMarks}, {@link CollinearMarks}).
 *
 * @param wideWidth paint that holds a square this wide is a wide mark, thinner paint a line
 * @param maxLineWidth a thin piece or whole dash at most this wide is a lane-line fragment
 * @param wholeLength components up to this long are measured whole, longer ones piece by piece
 * @param maxBarWidth a short wide component wider than this is several bars that touch (a T)
 * @param bentWidth a short wide component wider than this may be paint round a bend
 * @param maxPieceWidth pieces of a wide component wider than this are dropped (smears, blobs)
 * @param minPieceLength pieces shorter than this are dropped
 * @param minMarkLength wide marks shorter than this are dropped
 * @param maxBarSag a straight bar's piece centres stay within this of its axis
 * @param minTurnPiece only pieces this long measure the turn of a bend
 * @param minTurnDeg pieces of a bend turn by at least this from one another...
 * @param maxTurnDeg ...and at most this (more: slivers cut square to merged zebra bars)
 * @param minThroughLength a run of a T at least this long may be its through line
 * @param throughReach a bar ends on the through line within this across it...
 * @param throughEndMargin ...and at least this far from the through line's own ends
 * @param stripeGap zebra stripes stand at most this far apart, edge to edge
 * @param stripeAngleDeg ...parallel within this angle
 * @param stripeStagger ...their centres level within this along the stripe
 * @param minStripes a zebra crossing has at least this many stripes
 * @param acrossCos a mark stands across the road when |cos| of its angle to the road's direction
 *     (the nearest lane line, else the driving direction) is below this
 * @param minStopLength a stop line is at least this long
 * @param alongCos a mark runs along the road when that |cos| is above this
 * @param minAlongLength a lone mark along the road at least this long is a lane-line stretch...
 * @param maxAlongWidth ...and at most this wide (wider is a double line or a smear)
 * @param maxSmearWidth a smeared stretch of lane line on a line's axis or beside the path is at
 *     most this wide
 * @param maxFarSmearWidth one at least {@code minAlongLength} long on a line's axis, at most this
 * @param nearLine lane lines within this distance of a mark give the road's direction there
 * @param lineMinLength only lane-line fragments at least this long give that direction
 * @param inLineCos a lane-line fragment on a mark's axis is parallel to it with |cos| above this...
 * @param inLineOffset ...and its centre within this of either's axis
 * @param besidePathMin a lone mark parallel to the driving direction (|cos| above {@code
 *     inLineCos}) at least this far from the path...
 * @param besidePathMax ...and at most this far lies like the edge line of the lane being driven
 * @param collinearGap a wide mark continues another mark or line end to end across at most this
 * @param collinearLateral ...with its centre at most this off the other's axis
 * @param collinearAngleDeg ...parallel within this angle
 * @param collinearMaxWidth only wide marks at most this wide may continue a line
 * @param stripeBesideMin a parallel wide mark level with a mark, at least this far beside it...
 * @param stripeBesideMax ...and less than this, makes it a zebra bar (it continues no line)
 */
public record MarkConfig(
    double wideWidth,
    double maxLineWidth,
    double wholeLength,
    double maxBarWidth,
    double bentWidth,
    double maxPieceWidth,
    double minPieceLength,
    double minMarkLength,
    double maxBarSag,
    double minTurnPiece,
    double minTurnDeg,
    double maxTurnDeg,
    double minThroughLength,
    double throughReach,
    double throughEndMargin,
    double stripeGap,
    double stripeAngleDeg,
    double stripeStagger,
    int minStripes,
    double acrossCos,
    double minStopLength,
    double alongCos,
    double minAlongLength,
    double maxAlongWidth,
    double maxSmearWidth,
    double maxFarSmearWidth,
    double nearLine,
    double lineMinLength,
    double inLineCos,
    double inLineOffset,
    double besidePathMin,
    double besidePathMax,
    double collinearGap,
    double collinearLateral,
    double collinearAngleDeg,
    double collinearMaxWidth,
    double stripeBesideMin,
    double stripeBesideMax) {

  public static MarkConfig defaults() {
    return new MarkConfig(
        0.3, 0.35, 8, 2.0, 0.6, 0.7, 0.4, 1.0, 0.3, 0.8, 30, 65, 2.0, 1.0, 0.75, 1.5, 20, 1.5, 3,
        0.5, 1.5, 0.9, 3.0, 0.7, 0.9, 1.5, 6, 1, 0.95, 0.4, 1.0, 2.5, 7, 0.3, 8, 0.7, 0.6, 2.5);
  }
}
