package dev.mapsmith.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

  @TempDir Path dir;

  @Test
  void primitivesAndSideTablesSurviveReopen() throws Exception {
    Path file = dir.resolve("a.mapsmith");
    Primitive original = TestMaps.divider(0, 0, 10, 5);
    long id;
    try (Project p = Project.create(file, new LocalEnuFrame(new GeoOrigin(49.01, 8.4, 115.5)))) {
      id = p.insertAll(List.of(original), "recon").created().get(0);
      Path drive = Files.createDirectories(dir.resolve("drive1"));
      Files.writeString(drive.resolve("x.bin"), "abc");
      p.addDrive(new DriveRecord("d1", drive, "kitti", DriveFingerprint.of(drive)));
      p.addArea("street", new Bounds2(-1, -1, 5, 1));
      p.saveFindings(
          Set.of("mapping.too_short"),
          List.of(
              new Finding(
                  "mapping.too_short", id, new Point3(1, 2, 3), Severity.WARNING, "short")));
      p.addNote(
          new Note(
              0,
              id,
              new Point3(1, 1, 0),
              Severity.INFO,
              "check paint",
              "ann",
              Instant.parse("2024-05-01T00:00:00Z")));
      p.saveTrainingSet("default", "{\"tile_size\":256}");
    }
    assertThat(Files.readAllBytes(file)).startsWith("SQLite format 3".getBytes());
    try (Project p = Project.open(file)) {
      assertThat(p.frame()).isEqualTo(new LocalEnuFrame(new GeoOrigin(49.01, 8.4, 115.5)));
      Primitive back = p.map().get(id).orElseThrow();
      assertThat(back).isEqualTo(original.withId(id));
      assertThat(p.drives())
          .singleElement()
          .satisfies(d -> assertThat(d.format()).isEqualTo("kitti"));
      assertThat(p.areas())
          .singleElement()
          .satisfies(a -> assertThat(a.name()).isEqualTo("street"));
      assertThat(p.findings())
          .singleElement()
          .satisfies(f -> assertThat(f.primitiveId()).isEqualTo(id));
      assertThat(p.notes())
          .singleElement()
          .satisfies(n -> assertThat(n.text()).isEqualTo("check paint"));
      assertThat(p.trainingSets()).containsEntry("default", "{\"tile_size\":256}");
      assertThat(p.editLog())
          .singleElement()
          .satisfies(e -> assertThat(e.description()).isEqualTo("recon"));
      assertThat(p.nextId()).isEqualTo(id + 1);
      assertThat(p.map().within(new Bounds2(9, -1, 12, 1)))
          .extracting(Primitive::id)
          .containsExactly(id);
      assertThat(p.map().within(new Bounds2(11, -1, 12, 1))).isEmpty();
      assertThat(p.integrityCheck()).isEqualTo("ok");
    }
  }

  @Test
  void namedLocalFrameIsKept() {
    Path file = dir.resolve("b.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("PIT"))) {
      assertThat(p.frame()).isEqualTo(new NamedLocalFrame("PIT"));
    }
    try (Project p = Project.open(file)) {
      assertThat(p.frame()).isEqualTo(new NamedLocalFrame("PIT"));
    }
  }

  @Test
  void movedDriveIsRelinkedByFingerprint() throws Exception {
    Path drive = Files.createDirectories(dir.resolve("d"));
    Files.writeString(drive.resolve("frame.bin"), "12345");
    try (Project p = Project.create(dir.resolve("c.mapsmith"), new NamedLocalFrame("X"))) {
      p.addDrive(new DriveRecord("d", drive, "kitti", DriveFingerprint.of(drive)));
      Path moved = Files.move(drive, dir.resolve("moved"));
      assertThat(p.relinkDrive("d", moved).path()).isEqualTo(moved);
      Path other = Files.createDirectories(dir.resolve("other"));
      Files.writeString(other.resolve("frame.bin"), "1234567");
      assertThatThrownBy(() -> p.relinkDrive("d", other)).hasMessageContaining("files differ");
    }
  }

  @Test
  void editLogIsAppendOnly() throws Exception {
    Path file = dir.resolve("log.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("X"))) {
      p.insertAll(List.of(TestMaps.divider(0, 0, 5, 2)), "one");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("DELETE FROM edit_log"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.execute("UPDATE edit_log SET user = 'x'"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void secondWriterIsToldWhoHoldsTheProjectAndReaderStillWorks() {
    Path file = dir.resolve("d.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("X"))) {
      long id = p.insertAll(List.of(TestMaps.divider(0, 0, 5, 2)), "one").created().get(0);
      assertThatThrownBy(() -> Project.open(file))
          .isInstanceOf(ProjectInUseException.class)
          .hasMessageContaining("in use by PID " + ProcessHandle.current().pid() + " on HOST ");
      try (Project ro = Project.open(file, OpenOptions.READ_ONLY)) {
        assertThat(ro.readOnly()).isTrue();
        assertThat(ro.map().get(id)).isPresent();
        assertThatThrownBy(() -> ro.execute(new dev.mapsmith.labeling.edit.DeletePrimitive(id)))
            .hasMessageContaining("read-only");
      }
    }
    try (Project again = Project.open(file)) {
      assertThat(again.map().primitives()).hasSize(1);
    }
  }

  @Test
  void createRefusesAnExistingFile() throws Exception {
    Path file = Files.writeString(dir.resolve("e.mapsmith"), "keep me");
    assertThatThrownBy(() -> Project.create(file, new NamedLocalFrame("X")))
        .hasMessageContaining("already exists");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void notSqliteIsRefusedAndUntouched() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("f.mapsmith"),
            "this is a text file, not a database at all......".repeat(10));
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> Project.open(file))
        .isInstanceOf(ProjectException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not an SQLite database");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void truncatedFileIsRefusedAndUntouched() throws Exception {
    Path file = dir.resolve("g.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("X"))) {
      p.insertAll(List.of(TestMaps.divider(0, 0, 5, 2)), "one");
    }
    byte[] full = Files.readAllBytes(file);
    for (int cut : new int[] {50, full.length / 2, full.length - 4096, full.length - 1}) {
      Path t = dir.resolve("t" + cut + ".mapsmith");
      Files.write(t, Arrays.copyOf(full, cut));
      byte[] before = Files.readAllBytes(t);
      assertThatThrownBy(() -> Project.open(t))
          .isInstanceOf(ProjectException.class)
          .hasMessageContaining(t.toString())
          .hasMessageContaining("truncated");
      assertThat(Files.readAllBytes(t)).isEqualTo(before);
      assertThat(dir.resolve(t.getFileName() + "-wal")).doesNotExist();
    }
  }

  @Test
  void newerSchemaIsRefusedAndUntouched() throws Exception {
    Path file = dir.resolve("h.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("X"))) {
      p.insertAll(List.of(TestMaps.divider(0, 0, 5, 2)), "one");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    byte[] before = Files.readAllBytes(file);
    long modified = Files.getLastModifiedTime(file).toMillis();
    assertThatThrownBy(() -> Project.open(file))
        .isInstanceOf(ProjectException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("newer Mapsmith (schema version 99");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
  }

  @Test
  void missingFileIsNotCreatedByOpen() {
    Path file = dir.resolve("missing.mapsmith");
    assertThatThrownBy(() -> Project.open(file)).hasMessageContaining("no such project file");
    assertThat(file).doesNotExist();
  }
}
