package dev.mapsmith.labeling.store;

import dev.mapsmith.labeling.ProjectException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A project file is untrusted input: before anything reads its tables, its schema (tables, indexes,
 * triggers, views, as listed in {@code sqlite_schema}) must be exactly what this build's migrations
 * make for the file's version. A planted trigger or view, a missing index or a changed table
 * definition is refused with a message that names it; nothing in the file runs first.
 */
final class SchemaCheck {

  private SchemaCheck() {}

  static void require(Path file, Connection c, int version) throws SQLException {
    Map<String, String> expected = expectedSchema(version);
    Map<String, String> actual = schemaOf(c);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : actual.entrySet()) {
      if (!expected.containsKey(e.getKey())) {
        problems.add("unknown " + e.getKey());
      } else if (!Objects.equals(expected.get(e.getKey()), e.getValue())) {
        problems.add(e.getKey() + " differs from its definition");
      }
    }
    for (String k : expected.keySet()) {
      if (!actual.containsKey(k)) {
        problems.add("missing " + k);
      }
    }
    if (!problems.isEmpty()) {
      throw new ProjectException(
          file,
          "refused: the project's schema is not one Mapsmith made (schema version "
              + version
              + "): "
              + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
              + (problems.size() > 5 ? "; and " + (problems.size() - 5) + " more" : ""));
    }
  }

  /** The schema the migrations make for {@code version}, built in memory. */
  private static Map<String, String> expectedSchema(int version) throws SQLException {
    try (Connection mem = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      Schema.migrate(mem, version);
      return schemaOf(mem);
    }
  }

  /** "type name" (e.g. "trigger edit_log_no_update") to its SQL text (null for auto indexes). */
  private static Map<String, String> schemaOf(Connection c) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_schema")) {
      while (rs.next()) {
        out.put(rs.getString(1) + " '" + rs.getString(2) + "'", rs.getString(3));
      }
    }
    return out;
  }
}
