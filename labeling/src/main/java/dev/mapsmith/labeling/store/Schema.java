package dev.mapsmith.labeling.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The project file's schema as a list of migrations; {@code PRAGMA user_version} says how many have
 * run. Version n+1 is version n plus migration n. Never edit a released migration: add one.
 */
final class Schema {

  /** The version this build writes. A file with a higher version is refused. */
  static final int CURRENT = 3;

  /** Migration i takes a file from version i to i + 1. */
  static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
              "CREATE TABLE drives(id TEXT PRIMARY KEY, path TEXT NOT NULL, format TEXT NOT NULL,"
                  + " fingerprint TEXT NOT NULL, added_at TEXT NOT NULL)",
              "CREATE TABLE areas(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                  + " min_x REAL NOT NULL, min_y REAL NOT NULL, max_x REAL NOT NULL,"
                  + " max_y REAL NOT NULL)",
              "CREATE TABLE primitives(id INTEGER PRIMARY KEY CHECK (id > 0),"
                  + " class TEXT NOT NULL, geometry BLOB NOT NULL, attributes TEXT NOT NULL,"
                  + " review TEXT NOT NULL, review_user TEXT, review_at TEXT,"
                  + " confidence REAL NOT NULL, prov_method TEXT NOT NULL,"
                  + " prov_version TEXT NOT NULL, prov_parameters TEXT NOT NULL,"
                  + " prov_drives TEXT NOT NULL, prov_user TEXT NOT NULL,"
                  + " prov_created TEXT NOT NULL)",
              "CREATE VIRTUAL TABLE primitive_bounds USING rtree(id, min_x, max_x, min_y, max_y)",
              "CREATE TABLE edit_log(seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
                  + " user TEXT NOT NULL, action TEXT NOT NULL, description TEXT NOT NULL,"
                  + " ids TEXT NOT NULL)",
              "CREATE TRIGGER edit_log_no_update BEFORE UPDATE ON edit_log"
                  + " BEGIN SELECT RAISE(ABORT, 'the edit log is append-only'); END",
              "CREATE TRIGGER edit_log_no_delete BEFORE DELETE ON edit_log"
                  + " BEGIN SELECT RAISE(ABORT, 'the edit log is append-only'); END"),
          List.of(
              "CREATE TABLE findings(id INTEGER PRIMARY KEY, validator TEXT NOT NULL,"
                  + " primitive_id INTEGER NOT NULL, x REAL NOT NULL, y REAL NOT NULL,"
                  + " z REAL NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL)",
              "CREATE INDEX findings_by_primitive ON findings(primitive_id)",
              "CREATE TABLE notes(id INTEGER PRIMARY KEY, primitive_id INTEGER NOT NULL,"
                  + " x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL, severity TEXT NOT NULL,"
                  + " text TEXT NOT NULL, user TEXT NOT NULL, created TEXT NOT NULL)",
              "CREATE TABLE training_sets(name TEXT PRIMARY KEY, definition TEXT NOT NULL,"
                  + " updated_at TEXT NOT NULL)"),
          List.of(
              "CREATE TABLE lane_lines(id INTEGER PRIMARY KEY CHECK (id > 0),"
                  + " geometry BLOB NOT NULL, attributes TEXT NOT NULL)",
              "CREATE TABLE lanelets(id INTEGER PRIMARY KEY CHECK (id > 0),"
                  + " left_line INTEGER NOT NULL, left_inverted INTEGER NOT NULL,"
                  + " right_line INTEGER NOT NULL, right_inverted INTEGER NOT NULL,"
                  + " centerline BLOB NOT NULL, attributes TEXT NOT NULL, review TEXT NOT NULL,"
                  + " confidence REAL NOT NULL, prov_method TEXT NOT NULL,"
                  + " prov_version TEXT NOT NULL, prov_parameters TEXT NOT NULL,"
                  + " prov_drives TEXT NOT NULL, prov_user TEXT NOT NULL,"
                  + " prov_created TEXT NOT NULL)",
              "CREATE TABLE lane_relations(from_id INTEGER NOT NULL, to_id INTEGER NOT NULL,"
                  + " kind TEXT NOT NULL, lane_change INTEGER NOT NULL,"
                  + " PRIMARY KEY (from_id, to_id, kind))",
              "CREATE TABLE lane_rules(id INTEGER PRIMARY KEY CHECK (id > 0), kind TEXT NOT NULL,"
                  + " ref_line INTEGER NOT NULL, lanelets TEXT NOT NULL)"));

  private Schema() {}

  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Runs the migrations from the file's version up to {@code target} in one transaction. */
  static void migrate(Connection c, int target) throws SQLException {
    int from = version(c);
    if (from >= target) {
      return;
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (int v = from; v < target; v++) {
        for (String sql : MIGRATIONS.get(v)) {
          s.execute(sql);
        }
      }
      s.execute("PRAGMA user_version = " + target);
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }
}
