package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.training.LaneClass;
import dev.mapsmith.labeling.export.training.TilePreview;
import dev.mapsmith.labeling.export.training.TrainingSetPlan;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the training-set tab shows of a plan: one row per split, the split rule, the warning about
 * unreviewed automatic primitives ("" when none) and a few tiles to preview.
 *
 * @param rows train first, then val
 */
public record PlanSummary(
    List<SplitRow> rows,
    String splitRule,
    String warning,
    int unreviewed,
    int tilesLeftOut,
    List<Preview> previews) {

  /** Tiles to preview. */
  public static final int PREVIEWS = 3;

  /** Nothing planned yet. */
  public static final PlanSummary NONE = new PlanSummary(List.of(), "", "", 0, 0, List.of());

  /**
   * One split: tiles, tiles with labels, distinct primitives, and "class n, ..." in class order.
   */
  public record SplitRow(
      String split, int tiles, int labelledTiles, int primitives, String classes) {

    /** The row as the tab shows it. */
    public String text() {
      return String.format(
          "%-5s %4d tiles (%d with labels)  %4d primitives  %s",
          split, tiles, labelledTiles, primitives, classes.isEmpty() ? "no classes" : classes);
    }
  }

  /**
   * A tile to preview: its id, split and label count, its channels (as the training set orders
   * them, each 0..255) and class mask, {@code size} pixels square.
   */
  public record Preview(
      String tile, String split, int labels, int size, List<byte[]> channels, byte[] mask) {}

  /** The summary of {@code plan} (draws the previews' masks: call off the UI thread). */
  static PlanSummary of(TrainingSetPlan plan) {
    List<SplitRow> rows =
        List.of("train", "val").stream()
            .map(plan::figures)
            .map(
                f ->
                    new SplitRow(
                        f.split(),
                        f.tiles(),
                        f.labelledTiles(),
                        f.primitives(),
                        f.classes().entrySet().stream()
                            .map(e -> e.getKey().key() + " " + e.getValue())
                            .collect(Collectors.joining(", "))))
            .toList();
    List<Preview> previews =
        plan.previewTiles(PREVIEWS).stream()
            .map(
                t ->
                    new Preview(
                        t.survey().id(),
                        t.split(),
                        t.labels().size(),
                        t.survey().preview().size(),
                        List.of(t.survey().preview().channels()),
                        TilePreview.mask(t.survey().grid(), t.labels())))
            .toList();
    return new PlanSummary(
        rows,
        plan.split().describe(),
        plan.warning(),
        plan.unreviewedPrimitives(),
        plan.tilesLeftOut(),
        previews);
  }

  /** The row of {@code split}, or null before a plan. */
  public SplitRow row(String split) {
    return rows.stream().filter(r -> r.split().equals(split)).findFirst().orElse(null);
  }

  /** Class names in mask order, to label a preview's colours. */
  public static List<String> classNames() {
    return LaneClass.keys();
  }
}
