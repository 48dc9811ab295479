package dev.mapsmith.drivelog.map.osm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable OSM document: nodes, ways and relations by id, each kind in the order it was added.
 * Build one with {@link #builder()}; {@link OsmReader} and {@link OsmWriter} read and write it.
 */
public final class OsmDocument {

  private final Map<Long, OsmNode> nodes;
  private final Map<Long, OsmWay> ways;
  private final Map<Long, OsmRelation> relations;
  private final List<String> problems;

  private OsmDocument(Builder b) {
    problems = List.copyOf(b.problems);
    nodes = Collections.unmodifiableMap(new LinkedHashMap<>(b.nodes));
    ways = Collections.unmodifiableMap(new LinkedHashMap<>(b.ways));
    relations = Collections.unmodifiableMap(new LinkedHashMap<>(b.relations));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Collection<OsmNode> nodes() {
    return nodes.values();
  }

  public Collection<OsmWay> ways() {
    return ways.values();
  }

  public Collection<OsmRelation> relations() {
    return relations.values();
  }

  /**
   * What the reader left out and why (an element with unusable coordinates, say), each naming the
   * element; empty for a document built in memory.
   */
  public List<String> problems() {
    return problems;
  }

  public Optional<OsmNode> node(long id) {
    return Optional.ofNullable(nodes.get(id));
  }

  public Optional<OsmWay> way(long id) {
    return Optional.ofNullable(ways.get(id));
  }

  public Optional<OsmRelation> relation(long id) {
    return Optional.ofNullable(relations.get(id));
  }

  /** Whether the element a member points at is in this document. */
  public boolean contains(OsmMember m) {
    return switch (m.type()) {
      case "node" -> nodes.containsKey(m.ref());
      case "way" -> ways.containsKey(m.ref());
      default -> relations.containsKey(m.ref());
    };
  }

  /** The members of relations that point at elements missing from this document. */
  public List<String> danglingReferences() {
    List<String> out = new ArrayList<>();
    for (OsmRelation r : relations.values()) {
      for (OsmMember m : r.members()) {
        if (!contains(m)) {
          out.add(
              "relation "
                  + r.id()
                  + ": member "
                  + m.type()
                  + " "
                  + m.ref()
                  + " (role '"
                  + m.role()
                  + "') is missing");
        }
      }
    }
    for (OsmWay w : ways.values()) {
      for (long ref : w.nodeRefs()) {
        if (!nodes.containsKey(ref)) {
          out.add("way " + w.id() + ": node " + ref + " is missing");
        }
      }
    }
    return out;
  }

  /**
   * Collects elements; a later element with the same kind and id replaces the earlier one, noted as
   * a problem ("way 7: the id is used more than once; the last one is kept").
   */
  public static final class Builder {
    /** The problem noted for an id used twice by one kind of element. */
    public static final String DUPLICATE = "the id is used more than once; the last one is kept";

    private final Map<Long, OsmNode> nodes = new LinkedHashMap<>();
    private final Map<Long, OsmWay> ways = new LinkedHashMap<>();
    private final Map<Long, OsmRelation> relations = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Notes something the document leaves out (see {@link OsmDocument#problems()}). */
    public Builder problem(String what) {
      problems.add(what);
      return this;
    }

    public Builder add(OsmNode n) {
      if (nodes.put(n.id(), n) != null) {
        problems.add("node " + n.id() + ": " + DUPLICATE);
      }
      return this;
    }

    public Builder add(OsmWay w) {
      if (ways.put(w.id(), w) != null) {
        problems.add("way " + w.id() + ": " + DUPLICATE);
      }
      return this;
    }

    public Builder add(OsmRelation r) {
      if (relations.put(r.id(), r) != null) {
        problems.add("relation " + r.id() + ": " + DUPLICATE);
      }
      return this;
    }

    public OsmDocument build() {
      return new OsmDocument(this);
    }
  }
}
