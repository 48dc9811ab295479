package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.labeling.Finding;
import java.util.List;

/** A named map check in Lanelet2's style ({@code mapping.*}, {@code topology.*}). */
public interface Validator {

  String name();

  List<Finding> check(MapView map);
}
