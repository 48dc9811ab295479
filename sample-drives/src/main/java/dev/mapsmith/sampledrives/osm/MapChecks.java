package dev.mapsmith.sampledrives.osm;

import java.util.ArrayList;
import java.util.List;

/** Finds what makes a Lanelet2 map unusable, naming every faulty id. */
public final class MapChecks {

  private MapChecks() {}

  public static List<String> faults(OsmData d) {
    List<String> faults = new ArrayList<>();
    for (OsmData.Way w : d.ways().values()) {
      List<Long> missing = w.nodes().stream().filter(n -> !d.nodes().containsKey(n)).toList();
      if (!missing.isEmpty()) {
        faults.add("way " + w.id() + " refers to missing node(s) " + missing);
      }
      if (w.nodes().size() < 2) {
        faults.add("way " + w.id() + " has fewer than 2 nodes");
      }
    }
    for (OsmData.Relation r : d.relations().values()) {
      for (OsmData.Member m : r.members()) {
        boolean present =
            switch (m.type()) {
              case "node" -> d.nodes().containsKey(m.ref());
              case "way" -> d.ways().containsKey(m.ref());
              case "relation" -> d.relations().containsKey(m.ref());
              default -> false;
            };
        if (!present) {
          faults.add(
              "relation "
                  + r.id()
                  + " member "
                  + m.type()
                  + " "
                  + m.ref()
                  + " ("
                  + m.role()
                  + ") is missing");
        }
      }
      if (r.tag("type").equals("lanelet")) {
        for (String role : List.of("left", "right")) {
          long n = r.members().stream().filter(m -> m.role().equals(role)).count();
          if (n != 1) {
            faults.add("lanelet " + r.id() + " has " + n + " '" + role + "' ways, needs exactly 1");
          }
        }
      }
    }
    return faults;
  }
}
