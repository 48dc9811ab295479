package dev.mapsmith.labeling.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.labeling.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

  @TempDir Path dir;

  @Test
  void versionOneFileIsMigratedOnOpenAndKeepsItsRows() throws Exception {
    Path file = dir.resolve("old.mapsmith");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      Schema.migrate(c, 1);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO meta VALUES ('frame','local'),('frame_name','OLD'),('next_id','8')");
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO primitives VALUES (7, 'divider', ?, '{\"type\":\"line_thin\"}', 'auto',"
                  + " NULL, NULL, 0.5, 'recon', 'v0', '', '[]', '', '2024-01-01T00:00:00Z')")) {
        ps.setBytes(1, PrimitiveCodec.geometry(Polyline.of(0, 0, 0, 3, 4, 0)));
        ps.executeUpdate();
      }
    }
    try (Project p = Project.open(file)) {
      assertThat(p.frame()).isEqualTo(new NamedLocalFrame("OLD"));
      assertThat(p.map().get(7).orElseThrow().geometry()).isEqualTo(Polyline.of(0, 0, 0, 3, 4, 0));
      assertThat(p.nextId()).isEqualTo(8);
      assertThat(p.findings()).isEmpty(); // table added by migration 1 -> 2
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThat(Schema.version(c)).isEqualTo(Schema.CURRENT);
    }
  }
}
