package dev.mapsmith.core.frame;

/**
 * The frame that world coordinates of a drive or project are in. Either a local east-north-up frame
 * tangent at a geodetic origin, or a named local frame with no geodetic anchor (an Argoverse city
 * frame, a map without GPS). Coordinates in two frames are never mixed silently: see {@link
 * FrameAlignment}.
 */
public sealed interface FrameOfReference permits LocalEnuFrame, NamedLocalFrame {

  /** A short, stable description, e.g. {@code enu(49.0,8.4,110.0)} or {@code local(PIT)}. */
  String describe();
}
