package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.testing.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VersionCommandTest {

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void versionJsonIsOneObjectWithTheBuildVersion() {
    int code = MapsmithCli.run("--version", "--json");
    assertThat(code).isZero();
    assertThat(console.out().trim()).isEqualTo("{\"version\":\"" + VersionInfo.version() + "\"}");
    assertThat(VersionInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void unknownOptionIsAUsageError() {
    int code = MapsmithCli.run("--no-such-option");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(console.err()).contains("--no-such-option");
    assertThat(console.out()).isEmpty();
  }

  @Test
  void usageErrorsWithJsonStillPrintOneJsonObject() {
    assertThat(MapsmithCli.run("frobnicate", "--json")).isEqualTo(ExitCodes.USAGE);
    assertThat(console.out().trim()).startsWith("{\"error\":").contains("frobnicate").endsWith("}");
    assertThat(console.err()).contains("frobnicate");
    console.resetOut();
    // a subcommand missing its required parameter
    assertThat(MapsmithCli.run("info", "--json")).isEqualTo(ExitCodes.USAGE);
    assertThat(console.out().trim()).startsWith("{\"error\":").contains("PATH");
  }

  @Test
  void noArgumentsPrintsUsageOnStderrAndExitsTwo() {
    int code = MapsmithCli.run();
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(console.err()).contains("Usage: mapsmith");
  }
}
