package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.training.LaneClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a training-set export will contain, before it is written: every covered tile with its split,
 * labels and unreviewed automatic primitives, and the figures per split. The export builds the same
 * plan as it writes ({@link TrainingSetExport#export}), so the two agree.
 */
public record TrainingSetPlan(List<TilePlan> tiles, TrainingSplit split, UnreviewedTiles policy) {

  /** One covered tile: its split, labels, unreviewed automatic primitives, and whether written. */
  public record TilePlan(
      TileSurvey survey,
      String split,
      List<Primitive> labels,
      List<Long> unreviewed,
      boolean written) {}

  /**
   * One split's figures over its written tiles: tiles, tiles with at least one label, distinct
   * label primitives, and distinct primitives per lane class.
   */
  public record SplitFigures(
      String split,
      int tiles,
      int labelledTiles,
      int primitives,
      Map<LaneClass, Integer> classes) {}

  public TrainingSetPlan {
    tiles = List.copyOf(tiles);
  }

  /**
   * Plans a set from surveyed tiles.
   *
   * @param surveys each drive's covered tiles ({@link DriveSurvey#of}), in the drives' order
   * @param isLabel which primitives are labels
   */
  public static TrainingSetPlan of(
      MapView map,
      Predicate<Primitive> isLabel,
      Map<String, List<TileSurvey>> surveys,
      TrainingSetOptions options) {
    TrainingSplit split = TrainingSplit.of(List.copyOf(surveys.keySet()), options);
    TilePlanner planner = new TilePlanner(map, isLabel, split, options.unreviewed());
    List<TilePlan> all = new ArrayList<>();
    surveys.forEach(
        (drive, tiles) ->
            all.addAll(
                planner.plan(
                    drive,
                    tiles.stream()
                        .filter(t -> t.coverage() >= options.minDensityFraction())
                        .toList())));
    return new TrainingSetPlan(all, split, options.unreviewed());
  }

  /** The figures of {@code split} ("train" or "val"). */
  public SplitFigures figures(String splitName) {
    List<TilePlan> in = written().stream().filter(t -> t.split().equals(splitName)).toList();
    Map<Long, Primitive> distinct = new LinkedHashMap<>();
    in.forEach(t -> t.labels().forEach(p -> distinct.put(p.id(), p)));
    Map<LaneClass, Integer> classes = new EnumMap<>(LaneClass.class);
    distinct.values().forEach(p -> classes.merge(LaneClass.of(p), 1, Integer::sum));
    int labelled = (int) in.stream().filter(t -> !t.labels().isEmpty()).count();
    return new SplitFigures(splitName, in.size(), labelled, distinct.size(), classes);
  }

  /** The tiles the export writes. */
  public List<TilePlan> written() {
    return tiles.stream().filter(TilePlan::written).toList();
  }

  /** Distinct unreviewed automatic primitives lying in covered tiles. */
  public int unreviewedPrimitives() {
    Set<Long> ids = new HashSet<>();
    tiles.forEach(t -> ids.addAll(t.unreviewed()));
    return ids.size();
  }

  /** Covered tiles in which at least one unreviewed automatic primitive lies. */
  public int tilesWithUnreviewed() {
    return (int) tiles.stream().filter(t -> !t.unreviewed().isEmpty()).count();
  }

  /** Covered tiles the export leaves out (for their unreviewed primitives). */
  public int tilesLeftOut() {
    return (int) tiles.stream().filter(t -> !t.written()).count();
  }

  /** The warning to show before export, or "" when no unreviewed primitive lies in a tile. */
  public String warning() {
    int n = unreviewedPrimitives();
    if (n == 0) {
      return "";
    }
    String what =
        n
            + (n == 1
                ? " unreviewed automatic primitive lies"
                : " unreviewed automatic primitives lie");
    return policy == UnreviewedTiles.LEAVE_OUT
        ? what
            + " in "
            + tilesWithUnreviewed()
            + " of "
            + tiles.size()
            + " tiles; those tiles are left out (their lines would be learnt as background)."
            + " Review them, or include 'auto' in the review states."
        : what
            + " inside "
            + tilesWithUnreviewed()
            + " exported tiles; they are exported as background in the masks.";
  }

  /** Up to {@code n} written tiles to preview: those with the most labels first. */
  public List<TilePlan> previewTiles(int n) {
    return written().stream()
        .sorted(
            Comparator.comparingInt((TilePlan t) -> -t.labels().size())
                .thenComparing(t -> t.survey().id()))
        .limit(n)
        .toList();
  }

  /** The plan's figures as JSON fields (the command line's {@code plan}). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("split_rule", split.describe());
    for (String s : List.of("train", "val")) {
      SplitFigures f = figures(s);
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("tiles", f.tiles());
      e.put("labelled_tiles", f.labelledTiles());
      e.put("primitives", f.primitives());
      Map<String, Object> classes = new LinkedHashMap<>();
      f.classes().forEach((c, k) -> classes.put(c.key(), k));
      e.put("classes", classes);
      m.put(s, e);
    }
    m.put("covered_tiles", tiles.size());
    m.put("unreviewed_primitives", unreviewedPrimitives());
    m.put("tiles_with_unreviewed", tilesWithUnreviewed());
    m.put("unreviewed_tiles", policy.key());
    m.put("tiles_left_out", tilesLeftOut());
    return m;
  }
}
