package dev.mapsmith.labeling;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.map.ReviewState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's lane graph as it is stored: the {@link LaneGraph} (line strings, lanelets with their
 * bounds, relations, regulatory elements) and each lanelet's review state, which works as a
 * primitive's does (automatic output is {@code auto}; what a person edits becomes {@code
 * corrected}). Immutable; lane edits make new values. Lanelets, their lines and regulatory elements
 * take their ids from the project's one counter, so an id names one thing in the whole project.
 */
public record ProjectLanes(LaneGraph graph, Map<Long, ReviewState> review) {

  public ProjectLanes {
    review = Map.copyOf(review);
    for (Long id : review.keySet()) {
      if (graph.lanelet(id).isEmpty()) {
        throw new IllegalArgumentException("review state for lanelet " + id + ", not in the graph");
      }
    }
  }

  /** No lanelets, in {@code frame}. */
  public static ProjectLanes empty(FrameOfReference frame) {
    return new ProjectLanes(
        new LaneGraph(frame, List.of(), List.of(), List.of(), List.of()), Map.of());
  }

  /** {@code graph} with every lanelet in review state {@code state} (reconstruction output). */
  public static ProjectLanes all(LaneGraph graph, ReviewState state) {
    Map<Long, ReviewState> r = new HashMap<>();
    graph.lanelets().forEach(l -> r.put(l.id(), state));
    return new ProjectLanes(graph, r);
  }

  public Optional<Lanelet> lanelet(long id) {
    return graph.lanelet(id);
  }

  /** The review state of lanelet {@code id} ({@code auto} when none was recorded). */
  public ReviewState review(long id) {
    return review.getOrDefault(id, ReviewState.AUTO);
  }

  /** Lanelet {@code id}'s centerline, in its driving direction. */
  public Polyline centerline(long id) {
    return LaneletGeometry.centerline(graph, graph.lanelet(id).orElseThrow());
  }

  public boolean isEmpty() {
    return graph.lanelets().isEmpty();
  }
}
