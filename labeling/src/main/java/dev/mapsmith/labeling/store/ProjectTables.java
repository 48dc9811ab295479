package dev.mapsmith.labeling.store;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.labeling.Area;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.EditLogEntry;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Note;
import dev.mapsmith.labeling.Severity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The project's other tables: drives, areas, findings, notes, training sets, the edit log. */
public final class ProjectTables {

  private final ProjectStore store;

  ProjectTables(ProjectStore store) {
    this.store = store;
  }

  public void putDrive(DriveRecord d) {
    update(
        "drive " + d.id(),
        "INSERT OR REPLACE INTO drives(id, path, format, fingerprint, added_at) VALUES (?, ?, ?, ?, ?)",
        d.id(),
        d.path().toString(),
        d.format(),
        d.fingerprint(),
        Instant.now().toString());
  }

  public List<DriveRecord> drives() {
    List<DriveRecord> out = new ArrayList<>();
    query(
        "SELECT id, path, format, fingerprint FROM drives ORDER BY id",
        rs ->
            out.add(
                new DriveRecord(
                    rs.getString(1), Path.of(rs.getString(2)), rs.getString(3), rs.getString(4))));
    return out;
  }

  public Area addArea(String name, Bounds2 b) {
    long id =
        update(
            "area " + name,
            "INSERT INTO areas(name, min_x, min_y, max_x, max_y) VALUES (?, ?, ?, ?, ?)",
            name,
            b.minX(),
            b.minY(),
            b.maxX(),
            b.maxY());
    return new Area(id, name, b);
  }

  /** The id the next recorded area gets: one more than the highest so far. */
  public long nextAreaId() {
    long[] max = {0};
    query("SELECT COALESCE(MAX(id), 0) FROM areas", rs -> max[0] = rs.getLong(1));
    return max[0] + 1;
  }

  /**
   * Removes {@code before} and records {@code after} (either may be null) with its own id, on the
   * store's connection and in the caller's transaction: an edit's area, done, undone or redone.
   */
  public void swapArea(Area before, Area after) throws SQLException {
    Connection c = store.connection();
    if (before != null) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM areas WHERE id = ?")) {
        ps.setLong(1, before.id());
        ps.executeUpdate();
      }
    }
    if (after != null) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO areas(id, name, min_x, min_y, max_x, max_y) VALUES (?, ?, ?, ?, ?, ?)")) {
        Bounds2 b = after.bounds();
        ps.setLong(1, after.id());
        ps.setString(2, after.name());
        ps.setDouble(3, b.minX());
        ps.setDouble(4, b.minY());
        ps.setDouble(5, b.maxX());
        ps.setDouble(6, b.maxY());
        ps.executeUpdate();
      }
    }
  }

  public List<Area> areas() {
    List<Area> out = new ArrayList<>();
    query(
        "SELECT id, name, min_x, min_y, max_x, max_y FROM areas ORDER BY id",
        rs ->
            out.add(
                new Area(
                    rs.getLong(1),
                    rs.getString(2),
                    new Bounds2(
                        rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)))));
    return out;
  }

  /** Replaces the findings of the named validators with {@code findings}, in one transaction. */
  public void replaceFindings(Collection<String> validators, List<Finding> findings) {
    store.requireWritable();
    Connection c = store.connection();
    try {
      c.setAutoCommit(false);
      try (PreparedStatement del = c.prepareStatement("DELETE FROM findings WHERE validator = ?");
          PreparedStatement ins =
              c.prepareStatement(
                  "INSERT INTO findings(validator, primitive_id, x, y, z, severity, message)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (String v : validators) {
          del.setString(1, v);
          del.executeUpdate();
        }
        for (Finding f : findings) {
          ins.setString(1, f.validator());
          ins.setLong(2, f.primitiveId());
          ins.setDouble(3, f.location().x());
          ins.setDouble(4, f.location().y());
          ins.setDouble(5, f.location().z());
          ins.setString(6, f.severity().key());
          ins.setString(7, f.message());
          ins.addBatch();
        }
        ins.executeBatch();
      }
      c.commit();
      store.committed();
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // rolled back on close
      }
      throw store.failure("findings were not saved", e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // reported by the next call
      }
    }
  }

  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    query(
        "SELECT validator, primitive_id, x, y, z, severity, message FROM findings ORDER BY id",
        rs ->
            out.add(
                new Finding(
                    rs.getString(1),
                    rs.getLong(2),
                    new Point3(rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)),
                    Severity.fromKey(rs.getString(6)),
                    rs.getString(7))));
    return out;
  }

  public Note addNote(Note n) {
    long id =
        update(
            "note",
            "INSERT INTO notes(primitive_id, x, y, z, severity, text, user, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            n.primitiveId(),
            n.location().x(),
            n.location().y(),
            n.location().z(),
            n.severity().key(),
            n.text(),
            n.user(),
            n.created().toString());
    return new Note(
        id, n.primitiveId(), n.location(), n.severity(), n.text(), n.user(), n.created());
  }

  public List<Note> notes() {
    List<Note> out = new ArrayList<>();
    query(
        "SELECT id, primitive_id, x, y, z, severity, text, user, created FROM notes ORDER BY id",
        rs ->
            out.add(
                new Note(
                    rs.getLong(1),
                    rs.getLong(2),
                    new Point3(rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)),
                    Severity.fromKey(rs.getString(6)),
                    rs.getString(7),
                    rs.getString(8),
                    Instant.parse(rs.getString(9)))));
    return out;
  }

  public void putTrainingSet(String name, String definitionJson) {
    update(
        "training set " + name,
        "INSERT OR REPLACE INTO training_sets(name, definition, updated_at) VALUES (?, ?, ?)",
        name,
        definitionJson,
        Instant.now().toString());
  }

  public Map<String, String> trainingSets() {
    Map<String, String> out = new LinkedHashMap<>();
    query(
        "SELECT name, definition FROM training_sets ORDER BY name",
        rs -> out.put(rs.getString(1), rs.getString(2)));
    return out;
  }

  /** Stores the change-detection run to review (JSON) in place of the earlier one. */
  public void putChangeRun(String json) {
    update("change run", "INSERT OR REPLACE INTO meta(key, value) VALUES ('change_run', ?)", json);
  }

  /** The change-detection run stored by {@link #putChangeRun}, or null. */
  public String changeRun() {
    String[] out = {null};
    query("SELECT value FROM meta WHERE key = 'change_run'", rs -> out[0] = rs.getString(1));
    return out[0];
  }

  public List<EditLogEntry> editLog() {
    List<EditLogEntry> out = new ArrayList<>();
    query(
        "SELECT seq, at, user, action, description, ids FROM edit_log ORDER BY seq",
        rs ->
            out.add(
                new EditLogEntry(
                    rs.getLong(1),
                    Instant.parse(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6))));
    return out;
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, RowReader reader) {
    try (PreparedStatement ps = store.connection().prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        reader.read(rs);
      }
    } catch (SQLException e) {
      throw store.failure("cannot read", e);
    }
  }

  /** One auto-committed statement; returns the new row id. */
  private long update(String what, String sql, Object... args) {
    store.requireWritable();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
      try (ResultSet rs =
          ps.getConnection().createStatement().executeQuery("SELECT last_insert_rowid()")) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw store.failure(what + " was not saved", e);
    }
  }
}
