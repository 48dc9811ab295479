package dev.mapsmith.viewer3d.render;

import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.core.map.Primitive;

/** How a primitive looks: colour by class (and paint colour), width, dashes, highlights. */
public final class PrimitiveStyle {

  static final int SELECTED_RGB = 0xFFA500;
  static final int HANDLE_RGB = 0xFFFFFF;
  static final float DEFAULT_WIDTH_M = 0.15f;
  static final float DASH_PERIOD_M = 9f;

  private PrimitiveStyle() {}

  /** The colour of a primitive by class and paint colour, 0xRRGGBB. */
  public static int rgb(Primitive p) {
    return switch (p.mapClass()) {
      case DIVIDER ->
          p.attributes().color().orElse(PaintColor.WHITE) == PaintColor.YELLOW
              ? 0xFFD700
              : 0xF0F0F0;
      case BOUNDARY -> 0x30C0FF;
      case PED_CROSSING -> 0x40FF80;
      case STOP_LINE -> 0xFF0000;
      case CENTERLINE -> 0x8080FF;
    };
  }

  static int rgb(Primitive p, boolean selected, boolean hovered) {
    int rgb = selected ? SELECTED_RGB : rgb(p);
    return hovered ? mixWithWhite(rgb) : rgb;
  }

  static float widthMetres(Primitive p) {
    try {
      return p.attributes().get("width").map(Float::parseFloat).orElse(DEFAULT_WIDTH_M);
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH_M;
    }
  }

  static float dashPeriod(Primitive p) {
    boolean dashed =
        p.mapClass() != MapClass.PED_CROSSING
            && p.attributes().pattern().map(LinePattern.DASHED::equals).orElse(false);
    return dashed ? DASH_PERIOD_M : 0;
  }

  private static int mixWithWhite(int rgb) {
    int r = ((rgb >> 16) & 255) + 255 >> 1, g = ((rgb >> 8) & 255) + 255 >> 1;
    int b = (rgb & 255) + 255 >> 1;
    return r << 16 | g << 8 | b;
  }
}
