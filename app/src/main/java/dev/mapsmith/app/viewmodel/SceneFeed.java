package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.Primitive;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.Observable;

/**
 * Feeds the 3D viewport its scene ({@link SceneContent}) from the drives, the project's map and the
 * selection: rebuilt once after the current UI event however many of them changed, and the map's
 * primitives copied only when the map changed (not when only the selection did).
 */
final class SceneFeed {

  private final DrivesViewModel drives;
  private final ProjectViewModel project;
  private final InspectorViewModel inspector;
  private final ViewportViewModel viewport;
  private final Executor ui;
  private boolean pending;
  private List<Primitive> primitives; // of the map's current version; null: copy again

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
    project.mapVersionProperty().addListener(x -> primitives = null);
    project.mapProperty().addListener(x -> primitives = null);
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

  private void request() {
    if (pending) {
      return;
    }
    pending = true;
    ui.execute(
        () -> {
          pending = false;
          MapModel map = project.mapProperty().get();
          if (primitives == null) {
            primitives = map == null ? List.of() : List.copyOf(map.primitives());
          }
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
