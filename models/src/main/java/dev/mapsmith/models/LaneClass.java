package dev.mapsmith.models;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The per-pixel classes of the lane segmentation network, in output-channel order. The ordinal is
 * the class index stored in training masks and returned by {@link LaneSegmenter}.
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
}
