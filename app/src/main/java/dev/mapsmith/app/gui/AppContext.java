package dev.mapsmith.app.gui;

import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.view.MainWindow;
import dev.mapsmith.app.viewmodel.MainViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * One main window and what it runs on: the services, the job executor, a light background thread
 * (camera decoding), the ViewModel and the View. Created and closed on the FX thread.
 */
public final class AppContext implements AutoCloseable {

  private final BackgroundExecutor tasks;
  private final ExecutorService light;
  private final ExecutorService writer;
  private final MainViewModel viewModel;
  private final MainWindow window;
  private final AppPreferences prefs;

  /**
   * @param remember whether to save recent files and layout (false for screenshots and tests)
   */
  public AppContext(Services services, AppPreferences prefs, boolean remember) {
    this.prefs = prefs;
    LogModel log = new LogModel();
    tasks = new BackgroundExecutor(Platform::runLater, log, 2);
    light =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "mapsmith-camera");
              t.setDaemon(true);
              return t;
            });
    writer =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "mapsmith-project-writer");
              t.setDaemon(true);
              return t;
            });
    viewModel =
        new MainViewModel(
            services, tasks, log, remember ? prefs : null, light, writer, Platform::runLater);
    window = new MainWindow(viewModel, prefs);
  }

  public MainViewModel viewModel() {
    return viewModel;
  }

  public MainWindow window() {
    return window;
  }

  public AppPreferences prefs() {
    return prefs;
  }

  @Override
  public void close() {
    viewModel.close();
    tasks.close();
    light.shutdownNow();
    writer.shutdown(); // runs the project close that close() queued
    try {
      writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
