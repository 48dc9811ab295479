package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path tmp;

  @Test
  void generatesADriveAndPrintsJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true));
    int code;
    try {
      code =
          MapsmithCli.run(
              "generate",
              "--scenario",
              "straight",
              "--out",
              tmp.resolve("d").toString(),
              "--duration",
              "0.2",
              "--beams",
              "32",
              "--json");
    } finally {
      System.setOut(old);
    }
    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .contains("\"drive\":", "\"sweeps\":2", "\"points\":", "\"truth\":", "map.osm");
  }

  @Test
  void unknownScenarioIsAUsageErrorListingTheKnownOnes() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true));
    int code;
    try {
      code =
          MapsmithCli.run("generate", "--scenario", "moon", "--out", tmp.resolve("x").toString());
    } finally {
      System.setErr(old);
    }
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("moon", "straight, suburb, highway");
    assertThat(tmp.resolve("x")).doesNotExist();
  }
}
