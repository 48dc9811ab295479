package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Project;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs validators over a map; {@link #run(Project)} also stores the findings in the project. */
public final class Validation {

  private Validation() {}

  /** All validators with their default thresholds. */
  public static List<Validator> standard() {
    return List.of(
        new SelfIntersection(),
        new TooShort(1.0),
        new DuplicateVertex(0.01),
        new CurvatureTooBig(0.5),
        new BoundaryGap(0.05, 1.0),
        new DanglingCenterline(3.0),
        new PolygonTooSmall(0.5));
  }

  /** The lane graph's validators ({@code topology.*}) with their default thresholds. */
  public static List<LaneValidator> standardLanes() {
    return List.of(
        new NoSuccessor(),
        new BoundDirectionMismatch(),
        new LeftOfRight(),
        new OverlappingLanelets(2.0, RelationTolerances.defaults().join()));
  }

  public static List<Finding> check(MapView map, List<Validator> validators) {
    List<Finding> all = new ArrayList<>();
    for (Validator v : validators) {
      all.addAll(v.check(map));
    }
    return all;
  }

  /** Runs the lane validators over {@code graph}. */
  public static List<Finding> checkLanes(LaneGraph graph, List<LaneValidator> validators) {
    List<Finding> all = new ArrayList<>();
    for (LaneValidator v : validators) {
      all.addAll(v.check(graph));
    }
    return all;
  }

  /**
   * Runs the standard validators, those of the map and those of the lane graph, and replaces their
   * earlier findings in the project.
   */
  public static List<Finding> run(Project project) {
    List<Validator> validators = standard();
    List<Finding> findings = new ArrayList<>(check(project.map(), validators));
    findings.addAll(checkLanes(project.lanes().graph(), standardLanes()));
    Set<String> names = new LinkedHashSet<>();
    validators.forEach(v -> names.add(v.name()));
    standardLanes().forEach(v -> names.add(v.name()));
    project.saveFindings(names, findings);
    return findings;
  }
}
