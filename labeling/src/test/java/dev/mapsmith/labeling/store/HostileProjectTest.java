package dev.mapsmith.labeling.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.labeling.ProjectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project file is untrusted input (issue 17): planted triggers and views, a changed table and a
 * planted lock symlink are refused with a message naming them, and nothing in the file runs.
 */
class HostileProjectTest {

  @TempDir Path dir;

  private Path project() {
    Path f = dir.resolve("p.mapsmith");
    ProjectStore.create(f, new NamedLocalFrame("T")).close();
    return f;
  }

  private static void sql(Path f, String... statements) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
        Statement s = c.createStatement()) {
      for (String q : statements) {
        s.execute(q);
      }
    }
  }

  @Test
  void aPlantedTriggerIsRefusedAndNeverRuns() throws Exception {
    Path f = project();
    sql(
        f,
        "CREATE TABLE loot(x TEXT)",
        "CREATE TRIGGER steal AFTER INSERT ON primitives BEGIN"
            + " UPDATE drives SET path = '/tmp/evil'; END");
    for (boolean readOnly : new boolean[] {true, false}) {
      assertThatThrownBy(() -> ProjectStore.open(f, readOnly, 0))
          .isInstanceOf(ProjectException.class)
          .hasMessageContaining(f.toString())
          .hasMessageContaining("unknown trigger 'steal'")
          .hasMessageContaining("unknown table 'loot'");
    }
  }

  @Test
  void aPlantedRecursiveViewIsRefusedBeforeAnythingQueriesIt() throws Exception {
    Path f = project();
    sql(
        f,
        "CREATE VIEW forever AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
            + " SELECT n FROM r");
    assertThatThrownBy(() -> ProjectStore.open(f, true, 0))
        .hasMessageContaining("unknown view 'forever'");
  }

  @Test
  void aChangedTableOrAMissingIndexIsRefused() throws Exception {
    Path f = project();
    sql(f, "DROP INDEX findings_by_primitive");
    assertThatThrownBy(() -> ProjectStore.open(f, true, 0))
        .hasMessageContaining("missing index 'findings_by_primitive'");
    Path g = dir.resolve("q.mapsmith");
    ProjectStore.create(g, new NamedLocalFrame("T")).close();
    sql(
        g,
        "DROP TRIGGER edit_log_no_delete",
        "CREATE TRIGGER edit_log_no_delete BEFORE DELETE ON edit_log BEGIN SELECT 1; END");
    assertThatThrownBy(() -> ProjectStore.open(g, false, 0))
        .hasMessageContaining("trigger 'edit_log_no_delete' differs from its definition");
  }

  @Test
  void aSchemaEditedThroughWritableSchemaIsRefused() throws Exception {
    // defensive mode would forbid writable_schema edits, but they are made on the attacker's
    // machine, and sqlite-jdbc cannot turn defensive mode on here either (decision 0300): the
    // schema check refuses the result
    Path f = project();
    sql(
        f,
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_schema SET sql = replace(sql, 'path TEXT NOT NULL',"
            + " 'path TEXT NOT NULL DEFAULT ''/tmp/evil''') WHERE name = 'drives'");
    assertThatThrownBy(() -> ProjectStore.open(f, true, 0))
        .isInstanceOf(ProjectException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("'drives' differs from its definition");
  }

  @Test
  void anUnchangedProjectOpensAndItsSchemaIsNotTrusted() throws Exception {
    Path f = project();
    try (ProjectStore s = ProjectStore.open(f, false, 0);
        Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery("PRAGMA trusted_schema")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void aPlantedLockSymlinkIsRefusedAndItsTargetKept() throws Exception {
    Path f = project();
    Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
    Files.deleteIfExists(ProjectLock.lockFileOf(f)); // left by create: the OS lock is what counts
    Files.createSymbolicLink(ProjectLock.lockFileOf(f), victim);
    assertThatThrownBy(() -> ProjectStore.open(f, false, 0))
        .isInstanceOf(ProjectException.class)
        .hasMessageContaining("symbolic link");
    assertThat(Files.readString(victim)).isEqualTo("keep me");
    Files.delete(ProjectLock.lockFileOf(f));
    Files.createSymbolicLink(ProjectLock.lockFileOf(f), dir.resolve("dangling"));
    assertThatThrownBy(() -> ProjectStore.open(f, false, 0)).hasMessageContaining("symbolic link");
    assertThat(dir.resolve("dangling")).doesNotExist();
  }

  @Test
  void aReadOnlyProjectIsRefusedForWritingAtOnceAndReadsInAReadOnlyFolder() throws Exception {
    Path f = project();
    Path folder = f.getParent();
    try {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
      Assumptions.assumeFalse(Files.isWritable(folder), "running as root: permissions ignored");
      assertThatThrownBy(() -> ProjectStore.open(f, false, 0)).hasMessageContaining("read-only");
      try (ProjectStore s = ProjectStore.open(f, true, 0)) {
        assertThat(s.frame()).isEqualTo(new NamedLocalFrame("T"));
      }
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .noneMatch(n -> n.endsWith("-shm") || n.endsWith("-wal"));
      }
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
