package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the usable part of an OSM document and gives every node its position in the origin's frame.
 * Left out, each with a problem naming it and the fault: a node with no position in that frame; a
 * way with a missing node or fewer than two nodes; a lanelet without exactly one existing left and
 * right bound; a relation member that is missing or is the relation itself (the member is dropped;
 * the relation goes when none are left).
 */
final class UsableElements {

  private static final List<String> BOUND_ROLES = List.of("left", "right", "centerline");

  private final OsmDocument doc;
  private final MapOrigin origin;
  private final EnuProjection projection;
  private final List<String> problems;
  private final Map<Long, OsmNode> nodes = new LinkedHashMap<>();
  private final Map<Long, OsmWay> ways = new LinkedHashMap<>();
  private final Map<Long, OsmRelation> relations = new LinkedHashMap<>();

  private UsableElements(OsmDocument doc, MapOrigin origin, List<String> problems) {
    this.doc = doc;
    this.origin = origin;
    this.projection = origin.origin() == null ? null : new EnuProjection(origin.origin());
    this.problems = problems;
  }

  static OsmDocument of(OsmDocument doc, MapOrigin origin, List<String> problems) {
    UsableElements u = new UsableElements(doc, origin, problems);
    u.nodes();
    u.ways();
    u.relations();
    OsmDocument.Builder b = OsmDocument.builder();
    u.nodes.values().forEach(b::add);
    u.ways.values().forEach(b::add);
    u.relations.values().forEach(b::add);
    return b.build();
  }

  private void nodes() {
    for (OsmNode n : doc.nodes()) {
      Optional<Point3> p = position(n);
      if (p.isEmpty()) {
        problems.add(
            "node " + n.id() + ": has no local_x/local_y and the map has no origin; node skipped");
        continue;
      }
      Map<String, String> tags = new LinkedHashMap<>(n.tags());
      OsmNode local = OsmNode.local(n.id(), p.get().x(), p.get().y(), p.get().z(), tags);
      nodes.put(n.id(), n.hasLatLon() ? local.withLatLon(n.lat(), n.lon()) : local);
    }
  }

  /** Local metres: local_x/local_y where they win, else lat/lon projected at the origin. */
  private Optional<Point3> position(OsmNode n) {
    Optional<Point3> local = n.local();
    if (local.isPresent() && (origin.localFirst() || !n.hasLatLon())) {
      return local;
    }
    if (!n.hasLatLon() || projection == null) {
      return Optional.empty();
    }
    double ele = n.number("ele").orElse(origin.origin().altM()); // missing: the origin's height
    return Optional.of(projection.toEnu(n.lat(), n.lon(), ele));
  }

  private void ways() {
    for (OsmWay w : doc.ways()) {
      Optional<Long> missing = w.nodeRefs().stream().filter(r -> !nodes.containsKey(r)).findFirst();
      if (missing.isPresent()) {
        problems.add(
            "way "
                + w.id()
                + ": node "
                + missing.get()
                + (doc.node(missing.get()).isPresent() ? " is unusable" : " is missing or unusable")
                + "; way skipped");
      } else if (w.nodeRefs().size() < 2) {
        problems.add("way " + w.id() + ": has " + w.nodeRefs().size() + " node(s); way skipped");
      } else {
        ways.put(w.id(), w);
      }
    }
  }

  /** Relations, repeated until none changes (a relation may name one that is dropped later). */
  private void relations() {
    Map<Long, OsmRelation> current = new LinkedHashMap<>();
    doc.relations().forEach(r -> current.put(r.id(), r));
    boolean changed = true;
    boolean firstPass = true;
    while (changed) {
      changed = false;
      for (OsmRelation r : List.copyOf(current.values())) {
        Optional<OsmRelation> kept = check(r, current, firstPass);
        if (kept.isEmpty()) {
          current.remove(r.id());
          changed = true;
        } else if (!kept.get().equals(r)) {
          current.put(r.id(), kept.get());
          changed = true;
        }
      }
      firstPass = false;
    }
    relations.putAll(current);
  }

  private Optional<OsmRelation> check(
      OsmRelation r, Map<Long, OsmRelation> current, boolean firstPass) {
    boolean lanelet = r.tag("type").orElse("").equals("lanelet");
    String kind = "relation " + r.id() + (lanelet ? " (lanelet)" : "");
    List<OsmMember> kept = new ArrayList<>();
    for (OsmMember m : r.members()) {
      String fault = fault(r, m, current);
      if (fault == null) {
        kept.add(m);
      } else if (lanelet && BOUND_ROLES.contains(m.role())) {
        problems.add(kind + ": its " + m.role() + " bound, " + fault + "; lanelet skipped");
        return Optional.empty();
      } else {
        problems.add(kind + ": member " + fault + "; member dropped");
      }
    }
    if (lanelet && firstPass) {
      for (String role : List.of("left", "right")) {
        long n = kept.stream().filter(m -> m.role().equals(role)).count();
        if (n != 1
            || kept.stream().noneMatch(m -> m.role().equals(role) && m.type().equals("way"))) {
          problems.add(
              kind + ": has " + n + " " + role + " bound(s), needs 1 way; lanelet skipped");
          return Optional.empty();
        }
      }
    }
    if (kept.isEmpty()) {
      problems.add(kind + ": no usable members; relation skipped");
      return Optional.empty();
    }
    return Optional.of(
        kept.size() == r.members().size() ? r : new OsmRelation(r.id(), kept, r.tags()));
  }

  /** Why a member cannot stay, or null when it can. */
  private String fault(OsmRelation r, OsmMember m, Map<Long, OsmRelation> current) {
    String what = m.type() + " " + m.ref() + " (role '" + m.role() + "')";
    if (m.type().equals("relation") && m.ref() == r.id()) {
      return what + " is the relation itself";
    }
    boolean present =
        switch (m.type()) {
          case "node" -> nodes.containsKey(m.ref());
          case "way" -> ways.containsKey(m.ref());
          default -> current.containsKey(m.ref());
        };
    if (present) {
      return null;
    }
    boolean inFile =
        switch (m.type()) {
          case "node" -> doc.node(m.ref()).isPresent();
          case "way" -> doc.way(m.ref()).isPresent();
          default -> doc.relation(m.ref()).isPresent();
        };
    return what + (inFile ? " was skipped" : " is missing");
  }
}
