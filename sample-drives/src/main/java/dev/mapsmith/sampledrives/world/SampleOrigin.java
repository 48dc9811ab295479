package dev.mapsmith.sampledrives.world;

import dev.mapsmith.core.frame.GeoOrigin;

/** The fixed geodetic origin of the built-in scenarios (a field near Karlsruhe, as in KITTI). */
public final class SampleOrigin {

  public static final GeoOrigin DEFAULT = new GeoOrigin(49.011, 8.4165, 112.0);

  private SampleOrigin() {}
}
