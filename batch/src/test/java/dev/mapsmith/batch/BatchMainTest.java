package dev.mapsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchMainTest {

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(BatchMain.run(new String[] {"--drives", "m.json"})).isEqualTo(2);
    assertThat(BatchMain.run(new String[] {"--bogus"})).isEqualTo(2);
    assertThat(
            BatchMain.run(new String[] {"--drives", "m.json", "--out", "o", "--tile-level", "40"}))
        .isEqualTo(2);
    assertThat(BatchMain.run(new String[] {"--drives", "m.json", "--out", "o", "--method", "x"}))
        .isEqualTo(2);
  }

  @Test
  void aMissingManifestFailsNamingIt() {
    assertThat(BatchMain.run(new String[] {"--drives", "/nonexistent/m.json", "--out", "o"}))
        .isEqualTo(1);
  }
}
