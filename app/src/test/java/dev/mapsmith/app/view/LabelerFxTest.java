package dev.mapsmith.app.view;

import dev.mapsmith.app.port.DriveOpener;
import dev.mapsmith.app.testing.TestDrives;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The labeler's UI tests' set-up, once: a {@link LabelerWindow} on TestFX's stage before each test
 * (drives opened by {@link #drives()}), closed after it, and a folder per test class for projects.
 */
@ExtendWith(ApplicationExtension.class)
abstract class LabelerFxTest {

  @TempDir static Path dir;
  LabelerWindow w;

  /** How the window opens drives: a straight drive of 50 poses unless a test says otherwise. */
  DriveOpener drives() {
    return TestDrives.opener(50);
  }

  @BeforeEach
  void showWindow() throws Exception {
    Stage stage = FxToolkit.registerPrimaryStage();
    // a cold JVM on a busy machine may take a while to build its first window
    w =
        WaitForAsyncUtils.asyncFx(() -> new LabelerWindow(stage, drives()))
            .get(60, java.util.concurrent.TimeUnit.SECONDS);
  }

  @AfterEach
  void closeWindow() throws Exception {
    w.close();
  }
}
