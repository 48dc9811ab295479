package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.Prompts;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/**
 * The View's answers to {@link Prompts}: a confirmation dialog whose yes button names the action,
 * and a class chooser. Both are shown without blocking the event loop; the answer runs on closing.
 */
final class DialogPrompts implements Prompts {

  private final Supplier<Window> owner;

  DialogPrompts(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public void confirm(String question, String yes, Runnable onYes) {
    ButtonType ok = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
    Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ok, ButtonType.CANCEL);
    a.setHeaderText(yes + "?");
    a.setTitle("Mapsmith");
    a.getDialogPane().setId("prompt");
    a.initOwner(owner.get());
    a.setOnHidden(
        e -> {
          if (a.getResult() == ok) {
            onYes.run();
          }
        });
    a.show();
  }

  /** Asks for a line of text (a review note); {@code onText} gets it unless the user cancels. */
  void askText(String header, String label, Consumer<String> onText) {
    javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
    d.initOwner(owner.get());
    d.setTitle("Mapsmith");
    d.setHeaderText(header);
    d.setContentText(label);
    d.getDialogPane().setId("text-dialog");
    d.setOnHidden(
        e -> {
          if (d.getResult() != null) {
            onText.accept(d.getResult());
          }
        });
    d.show();
  }

  @Override
  public void chooseClass(Primitive p, Consumer<MapClass> onChosen) {
    ChoiceDialog<MapClass> d = new ChoiceDialog<>(p.mapClass(), MapClass.values());
    d.initOwner(owner.get());
    d.setTitle("Mapsmith");
    d.setHeaderText("Class of primitive #" + p.id());
    d.getDialogPane().setId("class-dialog");
    d.setOnHidden(
        e -> {
          if (d.getResult() != null) {
            onChosen.accept(d.getResult());
          }
        });
    d.show();
  }
}
