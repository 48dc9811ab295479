package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.ProjectLanes;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;

/**
 * The project explorer's tree: drives with their info, areas with review progress, primitives
 * grouped by class and then review state ({@link PrimitiveSection}: counts per group, leaves made
 * when a group is first expanded, updated edit by edit), the lanelets, and validator findings. The
 * tree's items are kept here; the view only shows them. UI thread.
 */
public final class ExplorerViewModel {

  private final TreeItem<ExplorerNode> root =
      new TreeItem<>(new ExplorerNode("Workspace", ExplorerNode.Kind.ROOT, null, List.of()));
  private final TreeItem<ExplorerNode> drives = new TreeItem<>();
  private final TreeItem<ExplorerNode> areas = new TreeItem<>();
  private final PrimitiveSection primitives = new PrimitiveSection();
  private final TreeItem<ExplorerNode> lanelets = new TreeItem<>();
  private final TreeItem<ExplorerNode> findings = new TreeItem<>();
  private long touched;

  public ExplorerViewModel() {
    root.getChildren().setAll(List.of(drives, areas, primitives.item(), lanelets, findings));
    root.setExpanded(true);
    drives.setExpanded(true);
    areas.setExpanded(true);
    primitives.item().setExpanded(true);
    findings.setExpanded(true);
    showDrives(List.of());
    showAreas(List.of());
    showFindings(List.of());
    showLanes(null);
  }

  /** The tree's root (not shown); its items change in place. */
  public TreeItem<ExplorerNode> root() {
    return root;
  }

  public void showDrives(List<LoadedDrive> list) {
    replace(
        drives,
        ExplorerNode.group(
            "Drives (" + list.size() + ")",
            list.stream().map(ExplorerViewModel::driveNode).toList()));
  }

  public void showAreas(List<AreaRow> list) {
    replace(
        areas,
        ExplorerNode.group(
            "Areas (" + list.size() + ")",
            list.stream()
                .map(a -> ExplorerNode.leaf(a.describe(), ExplorerNode.Kind.AREA, a))
                .toList()));
  }

  public void showFindings(List<FindingRow> list) {
    replace(
        findings,
        ExplorerNode.group(
            "Findings (" + list.size() + ")",
            list.stream()
                .map(
                    f ->
                        ExplorerNode.leaf(
                            f.severity() + ": " + f.message(), ExplorerNode.Kind.FINDING, f))
                .toList()));
  }

  /** Shows the project's lanelets (null: no project open), each with what follows it. */
  public void showLanes(ProjectLanes lanes) {
    List<ExplorerNode> leaves = new ArrayList<>();
    if (lanes != null) {
      for (var l : lanes.graph().lanelets()) {
        List<Long> next = lanes.graph().successors(l.id());
        String label =
            "lanelet "
                + l.id()
                + " ("
                + lanes.review(l.id()).key()
                + ")"
                + (next.isEmpty() ? ", no successor" : " -> " + next);
        leaves.add(ExplorerNode.leaf(label, ExplorerNode.Kind.LANELET, l.id()));
      }
    }
    replace(lanelets, ExplorerNode.group("Lanelets (" + leaves.size() + ")", leaves));
  }

  /** Shows the project's map (null: no project open), following its edits. */
  public void showMap(MapModel map) {
    primitives.show(map);
  }

  /**
   * How many tree items were made, relabelled, inserted or removed so far (expanding a group makes
   * its leaves): what an edit costs the tree.
   */
  public long touched() {
    return touched + primitives.touched();
  }

  /** Whether the tree is following an edit (selection changes now are not the user's). */
  public boolean updating() {
    return primitives.updating();
  }

  /**
   * The first item, depth first, whose shown text starts with {@code prefix} (makes the leaves of
   * the groups it passes).
   */
  public TreeItem<ExplorerNode> find(String prefix) {
    return find(root, prefix);
  }

  /**
   * The leaf of primitive {@code p} (found by its id, class and review state) with every item above
   * it opened, so a view can show and select it; null when the tree does not hold it.
   */
  public TreeItem<ExplorerNode> reveal(Primitive p) {
    return primitives.reveal(p);
  }

  private static TreeItem<ExplorerNode> find(TreeItem<ExplorerNode> item, String prefix) {
    if (item.getValue() != null && ExplorerItem.textOf(item).startsWith(prefix)) {
      return item;
    }
    for (TreeItem<ExplorerNode> c : item.getChildren()) {
      TreeItem<ExplorerNode> hit = find(c, prefix);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  /**
   * Shows {@code node} in {@code item}: nothing changes when it is what the item shows already;
   * children that were open before and are shown again (by label) stay open.
   */
  private void replace(TreeItem<ExplorerNode> item, ExplorerNode node) {
    if (node.equals(item.getValue())) {
      return;
    }
    java.util.Set<String> open = new java.util.HashSet<>();
    for (TreeItem<ExplorerNode> c : item.getChildren()) {
      if (c.isExpanded()) {
        open.add(c.getValue().label());
      }
    }
    item.setValue(node);
    List<TreeItem<ExplorerNode>> children = new ArrayList<>();
    for (ExplorerNode c : node.children()) {
      TreeItem<ExplorerNode> child = itemOf(c);
      child.setExpanded(open.contains(c.label()));
      children.add(child);
    }
    item.getChildren().setAll(children);
    touched += 1 + children.size();
  }

  private static TreeItem<ExplorerNode> itemOf(ExplorerNode node) {
    TreeItem<ExplorerNode> item = new TreeItem<>(node);
    for (ExplorerNode c : node.children()) {
      item.getChildren().add(itemOf(c));
    }
    return item;
  }

  private static ExplorerNode driveNode(LoadedDrive d) {
    List<ExplorerNode> info = new ArrayList<>();
    info.add(info("format: " + d.metadata().format()));
    info.add(info("frame: " + d.metadata().frame().describe()));
    info.add(
        info(
            String.format(
                "duration: %.1f s, path %.0f m",
                d.metadata().durationSeconds(), d.lengthMetres())));
    info.add(info("lidar sweeps: " + d.sweeps()));
    info.add(info("cameras: " + String.join(", ", d.cameras())));
    if (d.skippedFrames() > 0) {
      info.add(info("skipped frames: " + d.skippedFrames()));
    }
    info.add(info("path: " + d.metadata().path()));
    return new ExplorerNode(
        d.id() + " (" + d.metadata().format() + ")", ExplorerNode.Kind.DRIVE, d, info);
  }

  private static ExplorerNode info(String text) {
    return ExplorerNode.leaf(text, ExplorerNode.Kind.INFO, null);
  }
}
