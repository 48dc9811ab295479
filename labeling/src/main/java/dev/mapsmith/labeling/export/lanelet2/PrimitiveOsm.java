package dev.mapsmith.labeling.export.lanelet2;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.drivelog.map.Lanelet2Output;
import dev.mapsmith.drivelog.map.MapsmithTags;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import dev.mapsmith.drivelog.map.osm.OsmWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A primitive as drivelog's OSM elements: its vertices as nodes (local metres, lat/lon from the
 * projection) and one way with its attributes and Mapsmith's own fields ({@link MapsmithTags}),
 * which drivelog's Lanelet2 reader turns back into the same primitive.
 */
final class PrimitiveOsm {

  private PrimitiveOsm() {}

  /** Appends the primitive's nodes to {@code sb}. */
  static void nodes(StringBuilder sb, Primitive p, EnuProjection projection) {
    Polyline g = p.geometry();
    for (int i = 0; i < g.size(); i++) {
      OsmNode local =
          OsmNode.local(Lanelet2Writer.nodeId(p.id(), i), g.x(i), g.y(i), g.z(i), Map.of());
      OsmWriter.append(sb, Lanelet2Output.withLatLon(local, projection));
    }
  }

  /** The primitive's way; a closed class repeats the first node at the end. */
  static OsmWay way(Primitive p) {
    int n = p.geometry().size();
    List<Long> refs = new ArrayList<>(n + 1);
    for (int i = 0; i < n; i++) {
      refs.add(Lanelet2Writer.nodeId(p.id(), i));
    }
    if (p.closed()) {
      refs.add(refs.get(0));
    }
    Map<String, String> attrs = p.attributes().asMap();
    Map<String, String> tags = new LinkedHashMap<>(attrs);
    String derived = "";
    if (!attrs.containsKey("type")) {
      tags.put("type", MapsmithTags.defaultType(p.mapClass()));
      derived = "type";
    }
    if (p.closed() && !attrs.containsKey("area")) {
      tags.put("area", "yes");
      derived = derived.isEmpty() ? "area" : derived + ",area";
    }
    if (!derived.isEmpty()) {
      tags.put(MapsmithTags.DERIVED, derived);
    }
    tags.put(MapsmithTags.CLASS, p.mapClass().key());
    tags.put(MapsmithTags.REVIEW, p.review().key());
    tags.put(MapsmithTags.CONFIDENCE, Double.toString(p.confidence()));
    Provenance prov = p.provenance();
    tags.put(MapsmithTags.PROV_METHOD, prov.method());
    tags.put(MapsmithTags.PROV_VERSION, prov.version());
    tags.put(MapsmithTags.PROV_PARAMETERS, prov.parameters());
    tags.put(MapsmithTags.PROV_DRIVES, String.join("\n", prov.sourceDrives()));
    tags.put(MapsmithTags.PROV_USER, prov.user());
    tags.put(MapsmithTags.PROV_CREATED, prov.created().toString());
    return new OsmWay(p.id(), refs, tags);
  }
}
