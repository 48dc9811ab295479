package dev.mapsmith.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.edit.MoveVertex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage that refuses writes gives a clear error and leaves no half-written state. */
class UnwritableStorageTest {

  @TempDir Path dir;

  @Test
  void fullProjectRefusesTheEditKeepsMemoryAndFileConsistentAndStaysUsable() {
    Path file = dir.resolve("full.mapsmith");
    long first;
    try (Project p = Project.create(file, new NamedLocalFrame("F"))) {
      first = p.insertAll(List.of(TestMaps.divider(0, 0, 5, 3)), "seed").created().get(0);
    }
    // Cap the file a few pages above its size: a big bulk insert then fails like a full disk.
    long pages = sizeInPages(file) + 20;
    try (Project p = Project.open(file, new OpenOptions(false, pages))) {
      long nextId = p.nextId();
      List<Primitive> big = new ArrayList<>();
      for (int i = 0; i < 5000; i++) {
        big.add(TestMaps.divider(i, 1, 1, 20));
      }
      assertThatThrownBy(() -> p.insertAll(big, "too big"))
          .isInstanceOf(ProjectException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("disk is full");
      assertThat(p.map().primitives()).hasSize(1);
      assertThat(p.nextId()).isEqualTo(nextId);
      assertThat(p.canUndo()).isFalse();
      p.execute(new MoveVertex(first, 0, new Point3(-1, 0, 0))); // a small edit still fits
      assertThat(p.integrityCheck()).isEqualTo("ok");
    }
    try (Project p = Project.open(file)) {
      assertThat(p.map().primitives()).hasSize(1);
      assertThat(p.map().get(first).orElseThrow().geometry().x(0)).isEqualTo(-1);
      assertThat(p.editLog()).extracting(EditLogEntry::description).doesNotContain("too big");
    }
  }

  @Test
  void createInReadOnlyFolderFailsClearlyAndLeavesNothing() throws Exception {
    Path ro = readOnlyFolder();
    Path file = ro.resolve("new.mapsmith");
    try {
      assertThatThrownBy(() -> Project.create(file, new NamedLocalFrame("R")))
          .isInstanceOf(ProjectException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("cannot create");
      try (Stream<Path> left = Files.list(ro)) {
        assertThat(left).isEmpty();
      }
    } finally {
      release(ro);
    }
  }

  @Test
  void realFullDiskOnATinyTmpfs() throws Exception {
    Path mnt = Files.createDirectories(dir.resolve("tiny"));
    Assumptions.assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", mnt.toString()),
        "needs root and mount to make a tiny tmpfs; the page-cap test covers a full disk otherwise");
    try {
      Path file = mnt.resolve("p.mapsmith");
      int acknowledged = 0;
      ProjectException failure = null;
      try (Project p = Project.create(file, new NamedLocalFrame("T"))) {
        for (int round = 0; round < 200 && failure == null; round++) {
          List<Primitive> batch = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            batch.add(TestMaps.divider(i, round, 1, 20));
          }
          try {
            p.insertAll(batch, "round " + round);
            acknowledged += batch.size();
          } catch (ProjectException e) {
            failure = e;
          }
        }
        assertThat(failure).as("the tiny disk filled up").isNotNull();
        assertThat(failure.getMessage())
            .contains(file.toString())
            .containsAnyOf("disk is full", "I/O error");
        assertThat(p.map().primitives()).hasSize(acknowledged);
      }
      try (Project p = Project.open(file, OpenOptions.READ_ONLY)) {
        assertThat(p.integrityCheck()).isEqualTo("ok");
        assertThat(p.map().primitives()).hasSize(acknowledged);
      }
    } finally {
      run("umount", mnt.toString());
    }
  }

  private static long sizeInPages(Path file) {
    try {
      return Files.size(file) / 4096 + 2;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A folder this process cannot write to: a read-only tmpfs as root, else chmod 555. */
  private Path readOnlyFolder() throws Exception {
    Path ro = Files.createDirectories(dir.resolve("ro"));
    if ("root".equals(System.getProperty("user.name"))) {
      Assumptions.assumeTrue(
          run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", ro.toString()),
          "running as root without mount: cannot make a folder root cannot write");
    } else {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    Assumptions.assumeFalse(Files.isWritable(ro), "folder is still writable");
    return ro;
  }

  private void release(Path ro) throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      run("umount", ro.toString());
    } else {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static boolean run(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
