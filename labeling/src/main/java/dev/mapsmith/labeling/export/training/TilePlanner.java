package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.training.LaneClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decides, tile by tile, what the export writes: the tile's split, its labels (the selected
 * primitives of a lane class whose bounds reach it), the unreviewed automatic primitives in it, and
 * whether it is written at all. The plan and the export both ask it, so they agree.
 */
final class TilePlanner {

  private final MapView map;
  private final Predicate<Primitive> isLabel;
  private final TrainingSplit split;
  private final UnreviewedTiles policy;

  TilePlanner(
      MapView map, Predicate<Primitive> isLabel, TrainingSplit split, UnreviewedTiles policy) {
    this.map = map;
    this.isLabel = isLabel;
    this.split = split;
    this.policy = policy;
  }

  /** The plan of one drive's covered tiles. */
  List<TrainingSetPlan.TilePlan> plan(String driveId, List<TileSurvey> tiles) {
    List<String> splits = split.assign(driveId, tiles);
    List<TrainingSetPlan.TilePlan> out = new ArrayList<>();
    for (int i = 0; i < tiles.size(); i++) {
      BevGrid grid = tiles.get(i).grid();
      List<Primitive> near =
          map.within(grid.bounds().expand(TrainingSetOptions.LINE_WIDTH_M)).stream()
              .filter(p -> LaneClass.of(p) != LaneClass.BACKGROUND)
              .sorted(Comparator.comparingLong(Primitive::id))
              .toList();
      List<Primitive> labels = near.stream().filter(isLabel).toList();
      List<Long> unreviewed =
          near.stream()
              .filter(p -> p.review() == ReviewState.AUTO && !isLabel.test(p))
              .map(Primitive::id)
              .toList();
      boolean written = unreviewed.isEmpty() || policy == UnreviewedTiles.AS_BACKGROUND;
      out.add(
          new TrainingSetPlan.TilePlan(tiles.get(i), splits.get(i), labels, unreviewed, written));
    }
    return out;
  }
}
