package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.TruthViewModel;
import dev.mapsmith.core.map.MapClass;
import javafx.scene.paint.Color;

/** The colours the plan view draws primitives in: by class, or by distance to the truth. */
final class MapColors {

  private MapColors() {}

  /** Colours by distance to the truth: green, yellow, orange, red (worst or unmatched). */
  static Color band(TruthViewModel.Band b) {
    return switch (b) {
      case GOOD -> GREEN;
      case FAIR -> LIME;
      case POOR -> ORANGE;
      case BAD -> RED;
    };
  }

  static Color of(MapClass c) {
    return switch (c) {
      case DIVIDER -> WHITE;
      case BOUNDARY -> RED;
      case PED_CROSSING -> GREEN;
      case STOP_LINE -> ORANGE;
      case CENTERLINE -> PURPLE;
    };
  }

  private static final Color GREEN = Color.web("#66bb6a");
  private static final Color LIME = Color.web("#d4e157");
  private static final Color ORANGE = Color.web("#ffa726");
  private static final Color RED = Color.web("#ef5350");
  private static final Color WHITE = Color.web("#e0e0e0");
  private static final Color PURPLE = Color.web("#ab47bc");
}
