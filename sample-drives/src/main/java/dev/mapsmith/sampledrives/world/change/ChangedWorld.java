package dev.mapsmith.sampledrives.world.change;

import dev.mapsmith.drivelog.map.osm.OsmDocument;
import java.util.List;

/**
 * A world's map before ({@code prior}) and after ({@code after}) the changes, the changes made and
 * notes (a type that had no place left, say).
 */
public record ChangedWorld(
    OsmDocument prior, OsmDocument after, List<MapChange> changes, List<String> notes) {

  public ChangedWorld {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }
}
