package dev.mapsmith.core.training;

import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.Primitive;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The per-pixel classes of a training-set mask and of the lane segmentation network's output, in
 * index order: the ordinal is the pixel value in masks and the network's output channel.
 */
public enum LaneClass {
  BACKGROUND,
  SOLID_DIVIDER,
  DASHED_DIVIDER,
  /** A road edge or curb. */
  BOUNDARY,
  CROSSWALK,
  STOP_LINE;

  /** The lower-case name used in manifests and model.json, e.g. {@code solid_divider}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** All keys in index order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(LaneClass::key).toList();
  }

  /** The class with index {@code index}. */
  public static LaneClass of(int index) {
    return values()[index];
  }

  /** The class a primitive is drawn as, or BACKGROUND for classes not labelled (centerlines). */
  public static LaneClass of(Primitive p) {
    return switch (p.mapClass()) {
      case DIVIDER ->
          "dashed".equals(p.attributes().get(Attributes.SUBTYPE).orElse(""))
              ? DASHED_DIVIDER
              : SOLID_DIVIDER;
      case BOUNDARY -> BOUNDARY;
      case PED_CROSSING -> CROSSWALK;
      case STOP_LINE -> STOP_LINE;
      case CENTERLINE -> BACKGROUND;
    };
  }
}
