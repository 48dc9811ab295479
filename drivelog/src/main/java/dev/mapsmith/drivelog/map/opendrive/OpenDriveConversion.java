package dev.mapsmith.drivelog.map.opendrive;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import java.util.List;

/**
 * An OpenDRIVE map converted to Lanelet2: the OSM document, the geodetic origin its {@code
 * local_x}/{@code local_y} are relative to (and whether it came from the file's geoReference or is
 * the documented local origin), what was made, and the problems met (reader's and converter's).
 */
public record OpenDriveConversion(
    OsmDocument document,
    GeoOrigin origin,
    boolean fromGeoReference,
    int lanelets,
    int crosswalks,
    int stopLines,
    List<String> problems) {

  public OpenDriveConversion {
    problems = List.copyOf(problems);
  }
}
