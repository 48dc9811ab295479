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
      case GOOD -> Color.web("#66bb6a");
      case FAIR -> Color.web("#d4e157");
      case POOR -> Color.web("#ffa726");
      case BAD -> Color.web("#ef5350");
    };
  }

  static Color of(MapClass c) {
    return switch (c) {
      case DIVIDER -> Color.web("#e0e0e0");
      case BOUNDARY -> Color.web("#ef5350");
      case PED_CROSSING -> Color.web("#66bb6a");
      case STOP_LINE -> Color.web("#ffa726");
      case CENTERLINE -> Color.web("#ab47bc");
    };
  }
}
