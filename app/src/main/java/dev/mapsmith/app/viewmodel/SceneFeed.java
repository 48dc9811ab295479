package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.viewer3d.PrimitiveSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.Observable;

/**
 * Feeds the 3D viewport its scene ({@link SceneContent}) from the drives, the project's map and the
 * selection: rebuilt once after the current UI event however many of them changed. The map's
 * primitives are a {@link PrimitiveSet} made when a map is shown and then changed edit by edit
 * (only the chunks of ids an edit touched are copied), so an edit never copies the whole map.
 */
final class SceneFeed {

  private final DrivesViewModel drives;
  private final ProjectViewModel project;
  private final InspectorViewModel inspector;
  private final ViewportViewModel viewport;
  private final Executor ui;
  private boolean pending;
  private PrimitiveSet primitives = PrimitiveSet.EMPTY; // the map's, as of its last edit
  private final MapModel.Listener onEdit = this::edited;

  SceneFeed(
      DrivesViewModel drives,
      ProjectViewModel project,
      InspectorViewModel inspector,
      ViewportViewModel viewport,
      Executor ui) {
    this.drives = drives;
    this.project = project;
    this.inspector = inspector;
    this.viewport = viewport;
    this.ui = ui;
    project
        .mapProperty()
        .addListener(
            (o, a, b) -> {
              if (a != null) {
                a.removeListener(onEdit);
              }
              primitives = b == null ? PrimitiveSet.EMPTY : PrimitiveSet.of(b.primitives());
              if (b != null) {
                b.addListener(onEdit);
              }
            });
    Observable[] triggers = {
      drives.list(),
      drives.activeProperty(),
      drives.cloudsLoadedProperty(),
      project.mapProperty(),
      project.mapVersionProperty(),
      inspector.selectedProperty()
    };
    for (Observable o : triggers) {
      o.addListener(x -> request());
    }
  }

  private void edited(MapModel.Edit e) {
    if (e.reset()) {
      primitives = PrimitiveSet.of(project.mapProperty().get().primitives());
      return;
    }
    List<Primitive> upserted = new ArrayList<>(e.added());
    e.changed().forEach(c -> upserted.add(c.after()));
    primitives = primitives.with(upserted, e.removed().stream().map(Primitive::id).toList());
  }

  private void request() {
    if (pending) {
      return;
    }
    pending = true;
    ui.execute(
        () -> {
          pending = false;
          viewport.setScene(
              SceneContent.build(
                  drives.list(),
                  drives.activeProperty().get(),
                  drives.clouds(),
                  primitives,
                  inspector.selectedProperty().get()));
        });
  }
}
