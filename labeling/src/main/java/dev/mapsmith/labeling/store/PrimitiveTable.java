package dev.mapsmith.labeling.store;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.ReviewStamp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Primitive rows, their R*Tree bounds and the edit log, written together: {@link #apply} is one
 * transaction that is committed before it returns.
 */
public final class PrimitiveTable {

  private static final String UPSERT =
      "INSERT OR REPLACE INTO primitives(id, class, geometry, attributes, review, review_user,"
          + " review_at, confidence, prov_method, prov_version, prov_parameters, prov_drives,"
          + " prov_user, prov_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String BOUNDS =
      "INSERT OR REPLACE INTO primitive_bounds(id, min_x, max_x, min_y, max_y) VALUES (?, ?, ?, ?, ?)";

  private final ProjectStore store;
  private final Memo<Attributes, String> attributesJson = new Memo<>(PrimitiveCodec::attributes);
  private final Memo<List<String>, String> listJson = new Memo<>(PrimitiveCodec::list);
  private final Memo<Instant, String> instantText = new Memo<>(Instant::toString);
  private long nextId;
  private PreparedStatement upsert;
  private PreparedStatement bounds;
  private PreparedStatement delete;
  private PreparedStatement deleteBounds;
  private PreparedStatement log;
  private PreparedStatement saveNextId;

  PrimitiveTable(ProjectStore store, long nextId) {
    this.store = store;
    this.nextId = nextId;
  }

  /** The id the next new primitive gets; ids are never reused, even after a delete. */
  public long nextId() {
    return nextId;
  }

  /** Streams every stored primitive with its review stamp (null where none), in id order. */
  public void loadAll(BiConsumer<Primitive, ReviewStamp> sink) {
    String sql =
        "SELECT id, class, geometry, attributes, review, review_user, review_at, confidence,"
            + " prov_method, prov_version, prov_parameters, prov_drives, prov_user, prov_created"
            + " FROM primitives ORDER BY id";
    Memo<String, Attributes> attributes = new Memo<>(PrimitiveCodec::attributes);
    Memo<String, List<String>> lists = new Memo<>(j -> List.copyOf(PrimitiveCodec.list(j)));
    Memo<String, Instant> instants = new Memo<>(Instant::parse);
    Memo<String, MapClass> classes = new Memo<>(MapClass::fromKey);
    Memo<String, ReviewState> reviews = new Memo<>(ReviewState::fromKey);
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        long id = rs.getLong(1);
        Polyline g = PrimitiveCodec.geometry(rs.getBytes(3));
        Provenance prov =
            new Provenance(
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                lists.get(rs.getString(12)),
                rs.getString(13),
                instants.get(rs.getString(14)));
        Primitive p =
            new Primitive(
                id,
                classes.get(rs.getString(2)),
                g,
                attributes.get(rs.getString(4)),
                reviews.get(rs.getString(5)),
                rs.getDouble(8),
                prov);
        String user = rs.getString(6);
        ReviewStamp stamp =
            user == null ? null : new ReviewStamp(user, instants.get(rs.getString(7)));
        sink.accept(p, stamp);
      }
    } catch (SQLException | RuntimeException e) {
      throw store.failure("cannot read primitives", e);
    }
  }

  /** Ids whose bounds intersect {@code area}, from the R*Tree (bounds are rounded outward). */
  public List<Long> idsWithin(Bounds2 area) {
    List<Long> ids = new ArrayList<>();
    if (area.isEmpty()) {
      return ids;
    }
    String sql =
        "SELECT id FROM primitive_bounds WHERE max_x >= ? AND min_x <= ? AND max_y >= ? AND min_y <= ?";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setDouble(1, area.minX());
      ps.setDouble(2, area.maxX());
      ps.setDouble(3, area.minY());
      ps.setDouble(4, area.maxY());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw store.failure("cannot query the spatial index", e);
    }
    return ids;
  }

  /**
   * Writes {@code deltas}, the new id counter and one edit-log line in one transaction, and
   * commits. Returns the log line's sequence number. On failure nothing is written.
   */
  public long apply(
      List<Delta> deltas,
      long newNextId,
      String action,
      String user,
      String description,
      String ids) {
    return apply(deltas, null, null, newNextId, action, user, description, ids);
  }

  /**
   * As {@link #apply(List, long, String, String, String, String)}, and in the same transaction the
   * lane graph's change from {@code lanesBefore} to {@code lanesAfter} (null: unchanged).
   */
  public long apply(
      List<Delta> deltas,
      ProjectLanes lanesBefore,
      ProjectLanes lanesAfter,
      long newNextId,
      String action,
      String user,
      String description,
      String ids) {
    return apply(deltas, lanesBefore, lanesAfter, null, newNextId, action, user, description, ids);
  }

  /** More writes of the same edit, made in its transaction (before the edit-log line). */
  @FunctionalInterface
  public interface AlsoWrite {
    void write() throws SQLException;
  }

  /**
   * As {@link #apply(List, ProjectLanes, ProjectLanes, long, String, String, String, String)}, and
   * {@code also} (null: nothing) in the same transaction.
   */
  public long apply(
      List<Delta> deltas,
      ProjectLanes lanesBefore,
      ProjectLanes lanesAfter,
      AlsoWrite also,
      long newNextId,
      String action,
      String user,
      String description,
      String ids) {
    store.requireWritable();
    Connection c = store.connection();
    try {
      prepare();
      c.setAutoCommit(false);
      int pending = 0;
      for (Delta d : deltas) {
        if (d.after() == null) {
          delete.setLong(1, d.id());
          delete.addBatch();
          deleteBounds.setLong(1, d.id());
          deleteBounds.addBatch();
        } else {
          bindUpsert(d.after(), d.stampAfter());
          upsert.addBatch();
          Bounds2 b = d.after().geometry().bounds();
          bounds.setLong(1, d.id());
          bounds.setDouble(2, b.minX());
          bounds.setDouble(3, b.maxX());
          bounds.setDouble(4, b.minY());
          bounds.setDouble(5, b.maxY());
          bounds.addBatch();
        }
        if (++pending == 1000) {
          flush();
          pending = 0;
        }
      }
      flush();
      if (lanesAfter != null) {
        store.lanes().write(lanesBefore, lanesAfter);
      }
      if (also != null) {
        also.write();
      }
      if (newNextId != nextId) {
        saveNextId.setString(1, Long.toString(newNextId));
        saveNextId.executeUpdate();
      }
      log.setString(1, Instant.now().toString());
      log.setString(2, user);
      log.setString(3, action);
      log.setString(4, description);
      log.setString(5, ids);
      log.executeUpdate();
      long seq;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
        rs.next();
        seq = rs.getLong(1);
      }
      c.commit();
      store.committed();
      nextId = newNextId;
      return seq;
    } catch (SQLException | RuntimeException e) {
      rollback(c);
      throw store.failure("edit '" + description + "' was not saved", e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is broken; the next call reports it
      }
    }
  }

  private void bindUpsert(Primitive p, ReviewStamp stamp) throws SQLException {
    upsert.setLong(1, p.id());
    upsert.setString(2, p.mapClass().key());
    upsert.setBytes(3, PrimitiveCodec.geometry(p.geometry()));
    upsert.setString(4, attributesJson.get(p.attributes()));
    upsert.setString(5, p.review().key());
    upsert.setString(6, stamp == null ? null : stamp.user());
    upsert.setString(7, stamp == null ? null : instantText.get(stamp.at()));
    upsert.setDouble(8, p.confidence());
    Provenance prov = p.provenance();
    upsert.setString(9, prov.method());
    upsert.setString(10, prov.version());
    upsert.setString(11, prov.parameters());
    upsert.setString(12, listJson.get(prov.sourceDrives()));
    upsert.setString(13, prov.user());
    upsert.setString(14, instantText.get(prov.created()));
  }

  private void flush() throws SQLException {
    delete.executeBatch();
    deleteBounds.executeBatch();
    upsert.executeBatch();
    bounds.executeBatch();
  }

  private void prepare() throws SQLException {
    if (upsert != null) {
      return;
    }
    Connection c = store.connection();
    upsert = c.prepareStatement(UPSERT);
    bounds = c.prepareStatement(BOUNDS);
    delete = c.prepareStatement("DELETE FROM primitives WHERE id = ?");
    deleteBounds = c.prepareStatement("DELETE FROM primitive_bounds WHERE id = ?");
    log =
        c.prepareStatement(
            "INSERT INTO edit_log(at, user, action, description, ids) VALUES (?, ?, ?, ?, ?)");
    saveNextId = c.prepareStatement("UPDATE meta SET value = ? WHERE key = 'next_id'");
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // SQLite rolls back on its own when the connection closes
    }
  }

  void closeStatements() {
    for (PreparedStatement ps :
        new PreparedStatement[] {upsert, bounds, delete, deleteBounds, log, saveNextId}) {
      if (ps != null) {
        try {
          ps.close();
        } catch (SQLException ignored) {
          // closing anyway
        }
      }
    }
  }
}
