package dev.mapsmith.viewer3d;

/**
 * Eye-dome lighting: a screen-space pass that darkens each pixel of the cloud by how much its
 * neighbours {@code radiusPx} away lie nearer the eye, so edges and depth steps show without
 * normals (as in Potree and CloudCompare). Off unless a viewport is given one.
 *
 * @param strength how dark a step gets; 1 is Potree's default
 * @param radiusPx distance in pixels to the neighbours compared
 */
public record EyeDomeLighting(float strength, float radiusPx) {

  /** Potree's defaults. */
  public static final EyeDomeLighting DEFAULT = new EyeDomeLighting(1f, 1.4f);

  public EyeDomeLighting {
    if (!(strength > 0 && strength <= 100) || !(radiusPx >= 1 && radiusPx <= 16)) {
      throw new IllegalArgumentException(
          "eye-dome lighting needs strength in (0, 100] and radius in [1, 16]: "
              + strength
              + ", "
              + radiusPx);
    }
  }
}
