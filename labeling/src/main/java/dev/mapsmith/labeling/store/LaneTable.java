package dev.mapsmith.labeling.store;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RegulatoryElement;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.ProjectLanes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The lane graph's rows: line strings ({@code lane_lines}), lanelets with their bound references,
 * centerline, review state, confidence and provenance ({@code lanelets}), relations ({@code
 * lane_relations}) and regulatory elements ({@code lane_rules}). {@link #write} stores the
 * difference between two states inside the transaction {@link PrimitiveTable#apply} holds open. The
 * centerline is stored for other readers of the file; on load it is computed from the bounds again.
 */
public final class LaneTable {

  private final ProjectStore store;

  LaneTable(ProjectStore store) {
    this.store = store;
  }

  /** The stored lane graph; a graph that breaks its own references is refused, naming them. */
  public ProjectLanes load(FrameOfReference frame) {
    List<LineString> lines = new ArrayList<>();
    List<Lanelet> lanelets = new ArrayList<>();
    Map<Long, ReviewState> review = new HashMap<>();
    List<LaneRelation> relations = new ArrayList<>();
    List<RegulatoryElement> rules = new ArrayList<>();
    Connection c = store.connection();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT id, geometry, attributes FROM lane_lines")) {
        while (rs.next()) {
          lines.add(
              new LineString(
                  rs.getLong(1),
                  PrimitiveCodec.geometry(rs.getBytes(2)),
                  PrimitiveCodec.attributes(rs.getString(3))));
        }
      }
      String sql =
          "SELECT id, left_line, left_inverted, right_line, right_inverted, attributes, review,"
              + " confidence, prov_method, prov_version, prov_parameters, prov_drives, prov_user,"
              + " prov_created FROM lanelets ORDER BY id";
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          Provenance prov =
              new Provenance(
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  PrimitiveCodec.list(rs.getString(12)),
                  rs.getString(13),
                  Instant.parse(rs.getString(14)));
          Lanelet l =
              new Lanelet(
                  rs.getLong(1),
                  new BoundRef(rs.getLong(2), rs.getInt(3) != 0),
                  new BoundRef(rs.getLong(4), rs.getInt(5) != 0),
                  PrimitiveCodec.attributes(rs.getString(6)),
                  rs.getDouble(8),
                  prov);
          lanelets.add(l);
          review.put(l.id(), ReviewState.fromKey(rs.getString(7)));
        }
      }
      String rel = "SELECT from_id, to_id, kind, lane_change FROM lane_relations ORDER BY rowid";
      try (ResultSet rs = s.executeQuery(rel)) {
        while (rs.next()) {
          relations.add(
              new LaneRelation(
                  rs.getLong(1),
                  rs.getLong(2),
                  LaneRelation.Kind.valueOf(rs.getString(3)),
                  rs.getInt(4) != 0));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT id, kind, ref_line, lanelets FROM lane_rules")) {
        while (rs.next()) {
          List<Long> governed =
              PrimitiveCodec.list(rs.getString(4)).stream().map(Long::valueOf).toList();
          rules.add(
              new RegulatoryElement(
                  rs.getLong(1),
                  RegulatoryElement.Kind.fromKey(rs.getString(2)),
                  rs.getLong(3),
                  governed));
        }
      }
      return new ProjectLanes(new LaneGraph(frame, lines, lanelets, relations, rules), review);
    } catch (SQLException | RuntimeException e) {
      throw store.failure("cannot read the lane graph", e);
    }
  }

  /** Writes what changed from {@code before} to {@code after}; the caller commits. */
  void write(ProjectLanes before, ProjectLanes after) throws SQLException {
    Connection c = store.connection();
    LaneGraph a = before.graph(), b = after.graph();
    try (PreparedStatement delLine = c.prepareStatement("DELETE FROM lane_lines WHERE id = ?");
        PreparedStatement putLine =
            c.prepareStatement(
                "INSERT OR REPLACE INTO lane_lines(id, geometry, attributes) VALUES (?, ?, ?)")) {
      for (LineString l : a.lines()) {
        if (b.line(l.id()).isEmpty()) {
          delLine.setLong(1, l.id());
          delLine.addBatch();
        }
      }
      for (LineString l : b.lines()) {
        if (!a.line(l.id()).equals(b.line(l.id()))) {
          putLine.setLong(1, l.id());
          putLine.setBytes(2, PrimitiveCodec.geometry(l.geometry()));
          putLine.setString(3, PrimitiveCodec.attributes(l.attributes()));
          putLine.addBatch();
        }
      }
      delLine.executeBatch();
      putLine.executeBatch();
    }
    writeLanelets(c, before, after);
    writeRelations(c, a, b);
    writeRules(c, a, b);
  }

  private static void writeLanelets(Connection c, ProjectLanes before, ProjectLanes after)
      throws SQLException {
    String upsert =
        "INSERT OR REPLACE INTO lanelets(id, left_line, left_inverted, right_line,"
            + " right_inverted, centerline, attributes, review, confidence, prov_method,"
            + " prov_version, prov_parameters, prov_drives, prov_user, prov_created)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement del = c.prepareStatement("DELETE FROM lanelets WHERE id = ?");
        PreparedStatement put = c.prepareStatement(upsert)) {
      for (Lanelet l : before.graph().lanelets()) {
        if (after.lanelet(l.id()).isEmpty()) {
          del.setLong(1, l.id());
          del.addBatch();
        }
      }
      for (Lanelet l : after.graph().lanelets()) {
        boolean same =
            before.lanelet(l.id()).equals(after.lanelet(l.id()))
                && before.review(l.id()) == after.review(l.id())
                && sameBounds(before.graph(), after.graph(), l);
        if (same) {
          continue;
        }
        put.setLong(1, l.id());
        put.setLong(2, l.left().lineId());
        put.setInt(3, l.left().inverted() ? 1 : 0);
        put.setLong(4, l.right().lineId());
        put.setInt(5, l.right().inverted() ? 1 : 0);
        put.setBytes(6, PrimitiveCodec.geometry(LaneletGeometry.centerline(after.graph(), l)));
        put.setString(7, PrimitiveCodec.attributes(l.attributes()));
        put.setString(8, after.review(l.id()).key());
        put.setDouble(9, l.confidence());
        Provenance p = l.provenance();
        put.setString(10, p.method());
        put.setString(11, p.version());
        put.setString(12, p.parameters());
        put.setString(13, PrimitiveCodec.list(p.sourceDrives()));
        put.setString(14, p.user());
        put.setString(15, p.created().toString());
        put.addBatch();
      }
      del.executeBatch();
      put.executeBatch();
    }
  }

  /** Whether the lanelet's bound lines are unchanged, so its stored centerline still holds. */
  private static boolean sameBounds(LaneGraph a, LaneGraph b, Lanelet l) {
    return Objects.equals(a.line(l.left().lineId()), b.line(l.left().lineId()))
        && Objects.equals(a.line(l.right().lineId()), b.line(l.right().lineId()));
  }

  private static void writeRelations(Connection c, LaneGraph a, LaneGraph b) throws SQLException {
    Set<LaneRelation> was = new HashSet<>(a.relations()), now = new HashSet<>(b.relations());
    try (PreparedStatement del =
            c.prepareStatement(
                "DELETE FROM lane_relations WHERE from_id = ? AND to_id = ? AND kind = ?");
        PreparedStatement put =
            c.prepareStatement(
                "INSERT OR REPLACE INTO lane_relations(from_id, to_id, kind, lane_change)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (LaneRelation r : a.relations()) {
        if (!now.contains(r)) {
          del.setLong(1, r.from());
          del.setLong(2, r.to());
          del.setString(3, r.kind().name());
          del.addBatch();
        }
      }
      del.executeBatch();
      for (LaneRelation r : b.relations()) {
        if (!was.contains(r)) {
          put.setLong(1, r.from());
          put.setLong(2, r.to());
          put.setString(3, r.kind().name());
          put.setInt(4, r.laneChange() ? 1 : 0);
          put.addBatch();
        }
      }
      put.executeBatch();
    }
  }

  private static void writeRules(Connection c, LaneGraph a, LaneGraph b) throws SQLException {
    Map<Long, RegulatoryElement> was = new HashMap<>();
    a.regulations().forEach(r -> was.put(r.id(), r));
    Set<Long> now = new HashSet<>();
    try (PreparedStatement del = c.prepareStatement("DELETE FROM lane_rules WHERE id = ?");
        PreparedStatement put =
            c.prepareStatement(
                "INSERT OR REPLACE INTO lane_rules(id, kind, ref_line, lanelets)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (RegulatoryElement r : b.regulations()) {
        now.add(r.id());
        if (!r.equals(was.get(r.id()))) {
          put.setLong(1, r.id());
          put.setString(2, r.kind().key());
          put.setLong(3, r.refLine());
          put.setString(
              4, PrimitiveCodec.list(r.lanelets().stream().map(String::valueOf).toList()));
          put.addBatch();
        }
      }
      for (long id : was.keySet()) {
        if (!now.contains(id)) {
          del.setLong(1, id);
          del.addBatch();
        }
      }
      del.executeBatch();
      put.executeBatch();
    }
  }
}
