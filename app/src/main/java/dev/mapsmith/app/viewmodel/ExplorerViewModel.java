package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The project explorer's tree: drives with their info, areas with review progress, primitives
 * grouped by class and then review state, and validator findings.
 */
public final class ExplorerViewModel {

  private final ReadOnlyObjectWrapper<ExplorerNode> root =
      new ReadOnlyObjectWrapper<>(this, "root", build(List.of(), null, List.of(), List.of()));

  public ReadOnlyObjectProperty<ExplorerNode> rootProperty() {
    return root.getReadOnlyProperty();
  }

  public void rebuild(
      List<LoadedDrive> drives, MapView map, List<AreaRow> areas, List<FindingRow> findings) {
    root.set(build(drives, map, areas, findings));
  }

  static ExplorerNode build(
      List<LoadedDrive> drives, MapView map, List<AreaRow> areas, List<FindingRow> findings) {
    List<ExplorerNode> top = new ArrayList<>();
    top.add(
        ExplorerNode.group(
            "Drives (" + drives.size() + ")", drives.stream().map(d -> driveNode(d)).toList()));
    top.add(
        ExplorerNode.group(
            "Areas (" + areas.size() + ")",
            areas.stream()
                .map(a -> ExplorerNode.leaf(a.describe(), ExplorerNode.Kind.AREA, a))
                .toList()));
    top.add(primitivesNode(map));
    top.add(
        ExplorerNode.group(
            "Findings (" + findings.size() + ")",
            findings.stream()
                .map(
                    f ->
                        ExplorerNode.leaf(
                            f.severity() + ": " + f.message(), ExplorerNode.Kind.FINDING, f))
                .toList()));
    return new ExplorerNode("Workspace", ExplorerNode.Kind.ROOT, null, top);
  }

  private static ExplorerNode driveNode(LoadedDrive d) {
    List<ExplorerNode> info = new ArrayList<>();
    info.add(ExplorerNode.leaf("format: " + d.metadata().format(), ExplorerNode.Kind.INFO, null));
    info.add(
        ExplorerNode.leaf(
            "frame: " + d.metadata().frame().describe(), ExplorerNode.Kind.INFO, null));
    info.add(
        ExplorerNode.leaf(
            String.format(
                "duration: %.1f s, path %.0f m", d.metadata().durationSeconds(), d.lengthMetres()),
            ExplorerNode.Kind.INFO,
            null));
    info.add(ExplorerNode.leaf("lidar sweeps: " + d.sweeps(), ExplorerNode.Kind.INFO, null));
    info.add(
        ExplorerNode.leaf(
            "cameras: " + String.join(", ", d.cameras()), ExplorerNode.Kind.INFO, null));
    if (d.skippedFrames() > 0) {
      info.add(
          ExplorerNode.leaf("skipped frames: " + d.skippedFrames(), ExplorerNode.Kind.INFO, null));
    }
    info.add(ExplorerNode.leaf("path: " + d.metadata().path(), ExplorerNode.Kind.INFO, null));
    return new ExplorerNode(
        d.id() + " (" + d.metadata().format() + ")", ExplorerNode.Kind.DRIVE, d, info);
  }

  private static ExplorerNode primitivesNode(MapView map) {
    if (map == null) {
      return ExplorerNode.group("Primitives (no project open)", List.of());
    }
    List<ExplorerNode> byClass = new ArrayList<>();
    for (MapClass c : MapClass.values()) {
      List<Primitive> ofClass = map.ofClass(c);
      if (ofClass.isEmpty()) {
        continue;
      }
      List<ExplorerNode> byState = new ArrayList<>();
      for (ReviewState s : ReviewState.values()) {
        List<ExplorerNode> leaves =
            ofClass.stream()
                .filter(p -> p.review() == s)
                .sorted(Comparator.comparingLong(Primitive::id))
                .map(p -> ExplorerNode.leaf(primitiveLabel(p), ExplorerNode.Kind.PRIMITIVE, p))
                .toList();
        if (!leaves.isEmpty()) {
          byState.add(ExplorerNode.group(s.key() + " (" + leaves.size() + ")", leaves));
        }
      }
      byClass.add(ExplorerNode.group(c.key() + " (" + ofClass.size() + ")", byState));
    }
    return ExplorerNode.group("Primitives (" + map.primitives().size() + ")", byClass);
  }

  static String primitiveLabel(Primitive p) {
    return String.format(
        "#%d %s, %d vertices, conf %.2f, %s",
        p.id(), p.mapClass().key(), p.geometry().size(), p.confidence(), p.provenance().method());
  }
}
