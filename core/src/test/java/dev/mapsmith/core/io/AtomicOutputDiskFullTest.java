package dev.mapsmith.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while an output is written (issue 17): the write fails with an error that
 * names the output file and says why, the previous file is left exactly as it was, and no partial
 * or temporary file is left beside it. The failure is injected where a full disk reports it: the
 * content's writes throw "No space left on device" part way through.
 */
class AtomicOutputDiskFullTest {

  @TempDir Path dir;

  /** Content that writes {@code before} bytes and then meets a full disk. */
  private static AtomicOutput.Content fillsTheDiskAfter(int before) {
    return out -> {
      out.write(new byte[before]);
      throw new FileSystemException(null, null, "No space left on device");
    };
  }

  @Test
  void aFullDiskLeavesThePreviousFileIntactAndNoPartialFile() throws Exception {
    Path target = Files.writeString(dir.resolve("map.geojson"), "the previous export");
    assertThatThrownBy(() -> AtomicOutput.write(target, fillsTheDiskAfter(64 << 10)))
        .isInstanceOf(IOException.class)
        .hasMessage(target.toAbsolutePath() + ": cannot write (No space left on device)");
    assertThat(Files.readString(target)).isEqualTo("the previous export");
    assertThat(entries()).containsExactly("map.geojson");
  }

  @Test
  void aFullDiskOnAFirstExportLeavesNothing() throws Exception {
    Path target = dir.resolve("new.osm");
    assertThatThrownBy(
            () ->
                AtomicOutput.write(
                    target,
                    out -> {
                      out.write('x');
                      throw new IOException("No space left on device");
                    }))
        .hasMessageContaining(target.toAbsolutePath().toString())
        .hasMessageContaining("No space left on device");
    assertThat(entries()).isEmpty();
  }

  private java.util.List<String> entries() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
