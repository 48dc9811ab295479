package dev.mapsmith.app.view;

import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.Need;
import dev.mapsmith.app.viewmodel.Tool;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.DriveRecord;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The main window: menu and tool palette on top; project explorer, centre (top view, 3D viewport,
 * timeline) and right column (camera, inspector) in split panes; status bar and log at the bottom.
 */
public final class MainWindow extends BorderPane {

  private final MainViewModel vm;
  private final AppPreferences prefs;
  private final SplitPane columns;
  private final SplitPane right;
  private boolean dialogs = true;
  private final DialogPrompts prompts = new DialogPrompts(() -> getScene().getWindow());
  private final EditActions actions;
  private MenuBar menus;
  private final TopView topView;
  private final dev.mapsmith.app.viewmodel.ChangesViewModel changes;
  private KeyBindings keys;

  public MainWindow(MainViewModel vm, AppPreferences prefs) {
    this.vm = vm;
    this.prefs = prefs;
    getStyleClass().add("main-window");
    setId("main-window");
    changes = dev.mapsmith.app.viewmodel.ChangesViewModel.of(vm);
    actions = new EditActions(vm, prompts);
    menus = menuBar();
    setTop(new VBox(menus, new ToolPaletteView(vm.tools())));
    vm.editTools().setPrompts(prompts);

    TabPane centreTabs = new TabPane();
    centreTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    Tab viewportTab = new Tab("3D viewport", new ViewportView(vm));
    viewportTab.selectedProperty().addListener((o, a, on) -> vm.viewport().setShown(on));
    centreTabs.getTabs().add(viewportTab);
    topView = new TopView(vm);
    centreTabs.getTabs().add(new Tab("Top view", new TopViewPane(topView, vm, actions.context())));
    Tab trainingTab = new Tab("Training set", new CurationView(vm));
    trainingTab.selectedProperty().addListener((o, a, on) -> vm.trainingPlan().setShown(on));
    centreTabs.getTabs().add(trainingTab);
    centreTabs.getTabs().add(ChangesView.tab(vm, changes));
    BorderPane centre = new BorderPane(centreTabs);
    centre.setBottom(new VBox(new SignalPlotsView(vm.signals()), new TimelineView(vm.timeline())));

    right =
        new SplitPane(
            titled("Camera", new CameraView(vm.camera())),
            titled("Inspector", new InspectorView(vm.inspector())),
            titled("Lanelet", new LaneletView(vm.lanelets())),
            titled("Ground truth", new TruthView(vm)));
    right.setOrientation(Orientation.VERTICAL);
    columns = new SplitPane(titled("Project", new ExplorerView(vm)), centre, right);
    columns.setDividerPositions(prefs.divider("left", 0.2), prefs.divider("right", 0.74));
    right.setDividerPositions(prefs.divider("camera", 0.4), prefs.divider("inspector", 0.75));
    setCenter(new javafx.scene.layout.StackPane(columns, new NoticeToast(vm.log())));
    setBottom(new StatusBarView(vm.tasks().board(), vm.log()));

    vm.alertProperty().addListener((o, a, m) -> alert(m));
    vm.missingDrives()
        .addListener(
            (javafx.collections.ListChangeListener<DriveRecord>)
                c -> javafx.application.Platform.runLater(this::relinkMissing));
    vm.tasks().board().lastFailureProperty().addListener((o, a, m) -> alert(m));
    setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    setOnDragDropped(
        e -> {
          List<File> files = e.getDragboard().getFiles();
          files.forEach(f -> vm.open(f.toPath()));
          e.setDropCompleted(!files.isEmpty());
          e.consume();
        });
  }

  private static TitledPane titled(String title, javafx.scene.Node content) {
    TitledPane p = new TitledPane(title, content);
    p.setCollapsible(false);
    p.setMaxHeight(Double.MAX_VALUE);
    return p;
  }

  /** Turns error dialogs off (for headless screenshots; errors still go to the log). */
  /** The top view's coordinates on the screen. */
  public PlanCoordinates topView() {
    return topView;
  }

  public void setDialogsEnabled(boolean enabled) {
    dialogs = enabled;
  }

  private void alert(String message) {
    if (message == null || !dialogs || getScene() == null) {
      return;
    }
    Alert a = new Alert(Alert.AlertType.ERROR, message);
    a.setHeaderText("Mapsmith");
    a.initOwner(getScene().getWindow());
    a.show();
  }

  /** A scene with the dark theme and every shortcut bound. */
  public Scene createScene(double width, double height) {
    Scene scene = new Scene(this, width, height);
    scene.getStylesheets().add(Theme.stylesheet());
    keys = new KeyBindings();
    for (Tool t : Tool.values()) {
      keys.bind(t.key(), () -> selectTool(t));
    }
    keys.bind("N", () -> ifProject("Next unreviewed", actions::nextUnreviewed))
        .bind("A", () -> ifProject("Accept", () -> vm.editing().review(ReviewState.VERIFIED)))
        .bind("R", () -> ifProject("Reject", () -> vm.editing().review(ReviewState.REJECTED)))
        .bind("F", () -> ifProject("Flag", actions::flag))
        .bind("Delete", this::deleteSelected)
        .bind("Backspace", this::deleteSelected)
        .bind("Shortcut+Y", () -> ifProject("Redo", vm.editing()::redo))
        .bind("Shortcut+Shift+A", () -> reviewArea("Accept", ReviewState.VERIFIED))
        .bind("Shortcut+Shift+X", () -> reviewArea("Reject", ReviewState.REJECTED))
        .bind("Space", vm.timeline()::togglePlay)
        .bind("Right", () -> vm.timeline().step(1))
        .bind("Left", () -> vm.timeline().step(-1))
        .bind("Home", () -> vm.timeline().frameProperty().set(0))
        .bind("Escape", vm.tasks().board()::cancelCurrent)
        .bind("F1", this::showCheatSheet)
        .bind("0", topView::fitNow)
        .bind("U", vm.lidar()::toggleShown)
        .bind("C", vm.lidar()::nextChannel)
        .bind("G", vm.lidar()::toggleSnapping)
        .bind("Enter", this::finishDrawing);
    keys.install(scene, this::menuShowing);
    return scene;
  }

  private void selectTool(Tool t) {
    if (!vm.tools().select(t)) {
      vm.log().refuse(t.label() + " is disabled: " + vm.tools().disabledReasonProperty(t).get());
      return;
    }
    vm.editTools().draft().clear();
    if (vm.inspector().selectedProperty().get() == null) {
      return;
    }
    if (t == Tool.REVERSE) {
      vm.editTools().reverseSelected();
    } else if (t == Tool.CHANGE_TYPE) {
      vm.editTools().changeClassOfSelected();
    }
  }

  /** The keys bound by {@link #createScene} (empty before). */
  java.util.Set<KeyCombination> boundKeys() {
    return keys == null ? java.util.Set.of() : keys.keys();
  }

  /** Whether a menu of the menu bar is open (its arrow keys are not the timeline's then). */
  private boolean menuShowing() {
    return menus.getMenus().stream().anyMatch(Menu::isShowing);
  }

  /** Enter finishes a drawing: a divider polyline, or a crosswalk polygon. */
  private void finishDrawing() {
    Tool t = vm.tools().activeProperty().get();
    if (t == Tool.DRAW_POLYLINE || t == Tool.DRAW_POLYGON) {
      vm.editTools().finishDrawing(t, dev.mapsmith.core.map.MapClass.DIVIDER);
    }
  }

  private void reviewArea(String action, ReviewState state) {
    ifProject(action + " all in area", () -> vm.editTools().reviewAllInArea(state));
  }

  private void ifProject(String action, Runnable run) {
    actions.ifProject(action, run);
  }

  private void deleteSelected() {
    actions.deleteSelected();
  }

  private void relinkMissing() {
    if (dialogs) {
      RelinkPrompt.ask(vm, getScene().getWindow(), this::alert);
    }
  }

  private void showCheatSheet() {
    CheatSheet.show(getScene().getWindow());
  }

  private MenuBar menuBar() {
    MenuItem openFile = new MenuItem("Open drive or project file...");
    openFile.setAccelerator(KeyCombination.valueOf("Shortcut+O"));
    openFile.setOnAction(e -> chooseFile());
    MenuItem openDir = new MenuItem("Open drive folder...");
    openDir.setOnAction(e -> chooseFolder());
    Menu recent = new Menu("Open recent");
    recent.setOnShowing(e -> fillRecent(recent));
    fillRecent(recent);
    MenuItem newProject = new MenuItem("New project...");
    newProject.setOnAction(e -> chooseNewProject());
    MenuItem exit = new MenuItem("Exit");
    exit.setOnAction(e -> getScene().getWindow().hide());
    Menu file = new Menu("File", null, newProject, openFile, openDir, recent, exit);

    MenuItem undo = historyItem("Undo", "Shortcut+Z", vm.undoProperty(), vm.editing()::undo);
    MenuItem redo = historyItem("Redo", "Shortcut+Shift+Z", vm.redoProperty(), vm.editing()::redo);
    MenuItem delete = disabledItem("Delete selected", "Delete", Need.PROJECT);
    delete.setId("delete");
    delete.setOnAction(e -> deleteSelected());
    Menu edit = new Menu("Edit", null, undo, redo, delete);
    MenuItem reconstruct = disabledItem("Reconstruct area", "Shortcut+R", Need.RECONSTRUCTION);
    reconstruct.setId("reconstruct");
    reconstruct.setOnAction(
        e -> dev.mapsmith.app.viewmodel.ReconstructGuard.reconstruct(vm, prompts, false));
    MenuItem learned =
        disabledItem("Reconstruct area (learned model)", "Shortcut+Shift+R", Need.RECONSTRUCTION);
    learned.setId("reconstruct-learned");
    learned.setOnAction(
        e -> dev.mapsmith.app.viewmodel.ReconstructGuard.reconstruct(vm, prompts, true));
    MenuItem validate = disabledItem("Validate", "Shortcut+Shift+V", Need.PROJECT);
    validate.setOnAction(
        e ->
            vm.checks()
                .validate()
                .whenComplete(
                    (n, x) ->
                        vm.log().info(x != null ? "validation failed: " + x : n + " findings")));
    MenuItem truth = disabledItem("Check against truth...", null, Need.PROJECT);
    truth.setOnAction(e -> chooseTruth());
    MenuItem export = disabledItem("Export...", "Shortcut+E", Need.PROJECT);
    export.setOnAction(e -> chooseExport());
    MenuItem changes = disabledItem("Check for changes", null, Need.RECONSTRUCTION);
    changes.setOnAction(e -> this.changes.detect(false));
    Menu map = new Menu("Map", null, reconstruct, learned, validate, truth, changes, export);
    MenuItem cheat = new MenuItem("Keyboard shortcuts");
    cheat.setAccelerator(KeyCombination.valueOf("F1"));
    cheat.setOnAction(e -> showCheatSheet());
    Menu help = new Menu("Help", null, cheat);
    return new MenuBar(file, edit, map, help);
  }

  /** Undo or redo: enabled when there is something to undo/redo, and says what. */
  private MenuItem historyItem(
      String text, String keys, javafx.beans.value.ObservableStringValue what, Runnable run) {
    MenuItem item = new MenuItem(text);
    item.setId(text.toLowerCase(java.util.Locale.ROOT));
    item.setAccelerator(KeyCombination.valueOf(keys));
    item.textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> what.get().isEmpty() ? text : text + " " + what.get(), what));
    item.disableProperty()
        .bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> what.get().isEmpty(), what));
    item.setOnAction(e -> run.run());
    return item;
  }

  /** A menu item that stays disabled while its need is unmet; its label says why. */
  private MenuItem disabledItem(String text, String keys, Need need) {
    MenuItem item = new MenuItem(text);
    if (keys != null) {
      item.setAccelerator(KeyCombination.valueOf(keys));
    }
    Runnable update =
        () -> {
          String reason = vm.reasonFor(need);
          item.setDisable(!reason.isEmpty());
          item.setText(reason.isEmpty() ? text : text + "  (" + reason + ")");
        };
    update.run();
    vm.activeDriveProperty().addListener((o, a, b) -> update.run());
    vm.mapProperty().addListener((o, a, b) -> update.run());
    vm.projectProperty().addListener((o, a, b) -> update.run());
    return item;
  }

  private void fillRecent(Menu recent) {
    recent.getItems().clear();
    for (Path p : prefs.recent()) {
      MenuItem item = new MenuItem(p.toString());
      item.setMnemonicParsing(false); // a path shows its underscores
      item.setOnAction(e -> vm.open(p));
      recent.getItems().add(item);
    }
    if (recent.getItems().isEmpty()) {
      MenuItem none = new MenuItem("(none yet)");
      none.setDisable(true);
      recent.getItems().add(none);
    }
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a drive or project");
    File f = chooser.showOpenDialog(getScene().getWindow());
    if (f != null) {
      vm.open(f.toPath());
    }
  }

  private void chooseTruth() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Ground-truth map (Lanelet2 .osm)");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lanelet2", "*.osm"));
    File f = chooser.showOpenDialog(getScene().getWindow());
    if (f != null) {
      vm.checks().checkTruth(f.toPath());
    }
  }

  private void chooseExport() {
    new ExportMapChooser(vm, this).run();
  }

  private void chooseNewProject() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("New project file");
    chooser.setInitialFileName("project.mapsmith");
    File f = chooser.showSaveDialog(getScene().getWindow());
    if (f != null) {
      vm.createProject(f.toPath());
    }
  }

  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Open a drive folder");
    File f = chooser.showDialog(getScene().getWindow());
    if (f != null) {
      vm.open(f.toPath());
    }
  }

  /** Stores split positions in the preferences (the caller saves them). */
  public void rememberLayout() {
    double[] cols = columns.getDividerPositions();
    prefs.setDivider("left", cols[0]);
    prefs.setDivider("right", cols[1]);
    prefs.setDivider("camera", right.getDividerPositions()[0]);
    prefs.setDivider("inspector", right.getDividerPositions()[1]);
  }
}
