package dev.mapsmith.app.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPreferencesTest {

  @TempDir Path dir;

  @Test
  void windowLayoutAndRecentFilesSurviveARestart() throws Exception {
    AppPreferences p = AppPreferences.load(dir);
    p.setWindow(new WindowBounds(10, 20, 1200, 800, false));
    p.setDivider("left", 0.3);
    p.addRecent(Path.of("/data/a"));
    p.addRecent(Path.of("/data/b"));
    p.addRecent(Path.of("/data/a"));
    p.save();

    AppPreferences again = AppPreferences.load(dir);
    assertThat(again.window()).isEqualTo(new WindowBounds(10, 20, 1200, 800, false));
    assertThat(again.divider("left", 0.2)).isEqualTo(0.3);
    assertThat(again.recent()).containsExactly(Path.of("/data/a"), Path.of("/data/b"));
  }

  @Test
  void recentListKeepsTheNewestTen() {
    AppPreferences p = AppPreferences.load(dir);
    for (int i = 0; i < 15; i++) {
      p.addRecent(Path.of("/d/" + i));
    }
    assertThat(p.recent()).hasSize(AppPreferences.MAX_RECENT).first().isEqualTo(Path.of("/d/14"));
  }

  @Test
  void aDamagedFileGivesDefaults() throws Exception {
    Files.writeString(dir.resolve("app.properties"), "window.width=wide\nrecent.0=\\u00zz\n");
    AppPreferences p = AppPreferences.load(dir);
    assertThat(p.window().width()).isEqualTo(1440);
    assertThat(p.divider("left", 0.2)).isEqualTo(0.2);
  }
}
