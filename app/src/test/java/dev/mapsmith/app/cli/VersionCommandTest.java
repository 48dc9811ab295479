package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VersionCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  @Test
  void versionJsonIsOneObjectWithTheBuildVersion() {
    int code = MapsmithCli.run("--version", "--json");
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).trim())
        .isEqualTo("{\"version\":\"" + VersionInfo.version() + "\"}");
    assertThat(VersionInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void unknownOptionIsAUsageError() {
    int code = MapsmithCli.run("--no-such-option");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--no-such-option");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void usageErrorsWithJsonStillPrintOneJsonObject() {
    assertThat(MapsmithCli.run("frobnicate", "--json")).isEqualTo(ExitCodes.USAGE);
    assertThat(out.toString(StandardCharsets.UTF_8).trim())
        .startsWith("{\"error\":")
        .contains("frobnicate")
        .endsWith("}");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("frobnicate");
    out.reset();
    // a subcommand missing its required parameter
    assertThat(MapsmithCli.run("info", "--json")).isEqualTo(ExitCodes.USAGE);
    assertThat(out.toString(StandardCharsets.UTF_8).trim())
        .startsWith("{\"error\":")
        .contains("PATH");
  }

  @Test
  void noArgumentsPrintsUsageOnStderrAndExitsTwo() {
    int code = MapsmithCli.run();
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: mapsmith");
  }
}
