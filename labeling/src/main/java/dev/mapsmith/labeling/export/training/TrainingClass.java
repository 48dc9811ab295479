package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.Primitive;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The classes of a training-set mask, in index order (the pixel value is the ordinal). */
public enum TrainingClass {
  BACKGROUND,
  SOLID_DIVIDER,
  DASHED_DIVIDER,
  BOUNDARY,
  CROSSWALK,
  STOP_LINE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(TrainingClass::key).toList();
  }

  /** The class a primitive is drawn as, or BACKGROUND for classes not labelled (centerlines). */
  public static TrainingClass of(Primitive p) {
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
