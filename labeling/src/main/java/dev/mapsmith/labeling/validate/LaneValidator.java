package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.labeling.Finding;
import java.util.List;

/**
 * A named check of the lane graph ({@code topology.*}); a finding's {@code primitiveId} is the
 * lanelet's id (lanelets and primitives share the project's id counter).
 */
public interface LaneValidator {

  String name();

  List<Finding> check(LaneGraph graph);
}
