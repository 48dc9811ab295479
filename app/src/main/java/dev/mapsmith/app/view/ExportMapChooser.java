package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.MainViewModel;
import java.io.File;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** Asks where to export the project's map (Lanelet2 .osm or GeoJSON) and exports it there. */
record ExportMapChooser(MainViewModel vm, Node owner) implements Runnable {

  @Override
  public void run() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the map (Lanelet2 .osm or GeoJSON .geojson)");
    chooser.setInitialFileName("map.osm");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Lanelet2", "*.osm"),
            new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"));
    File f = chooser.showSaveDialog(owner.getScene().getWindow());
    if (f != null) {
      vm.checks().export(f.toPath());
    }
  }
}
