package dev.mapsmith.sampledrives.osm;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives negative ids (as JOSM writes them) stable positive ones: id {@code -k} becomes {@code max +
 * k}, where max is the largest positive id of that kind. Positive ids are kept.
 */
final class PositiveIds {

  private PositiveIds() {}

  static OsmData remap(OsmData d) {
    Map<Long, Long> nodes = ids(d.nodes().keySet());
    Map<Long, Long> ways = ids(d.ways().keySet());
    Map<Long, Long> rels = ids(d.relations().keySet());
    OsmData out = new OsmData();
    d.nodes()
        .values()
        .forEach(n -> out.add(new OsmData.Node(nodes.get(n.id()), n.x(), n.y(), n.z(), n.tags())));
    d.ways()
        .values()
        .forEach(
            w ->
                out.add(
                    new OsmData.Way(
                        ways.get(w.id()), w.nodes().stream().map(nodes::get).toList(), w.tags())));
    d.relations()
        .values()
        .forEach(
            r ->
                out.add(
                    new OsmData.Relation(
                        rels.get(r.id()),
                        r.members().stream()
                            .map(
                                m ->
                                    new OsmData.Member(
                                        m.type(),
                                        (switch (m.type()) {
                                              case "node" -> nodes;
                                              case "way" -> ways;
                                              default -> rels;
                                            })
                                            .get(m.ref()),
                                        m.role()))
                            .toList(),
                        r.tags())));
    return out;
  }

  private static Map<Long, Long> ids(java.util.Set<Long> keys) {
    long max = keys.stream().mapToLong(Long::longValue).filter(v -> v > 0).max().orElse(0);
    Map<Long, Long> m = new HashMap<>();
    for (long k : keys) {
      m.put(k, k > 0 ? k : max - k + (k == 0 ? 1 : 0));
    }
    return m;
  }
}
