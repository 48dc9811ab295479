package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.util.function.Consumer;

/**
 * The questions an action may ask the user before it changes work (a long merge, a class change
 * that opens or closes the geometry, reconstructing over reviewed work). The View answers them with
 * dialogs; without one ({@link #REFUSING}) nothing is changed and the question is reported. Answers
 * come later, on the UI thread.
 */
public interface Prompts {

  /** Asks {@code question}; runs {@code onYes} when the user agrees with the {@code yes} button. */
  void confirm(String question, String yes, Runnable onYes);

  /** Asks for a new class of {@code p}; {@code onChosen} gets it unless the user cancels. */
  void chooseClass(Primitive p, Consumer<MapClass> onChosen);

  /** Without a window nobody can answer: every question is declined. */
  Prompts REFUSING =
      new Prompts() {
        @Override
        public void confirm(String question, String yes, Runnable onYes) {}

        @Override
        public void chooseClass(Primitive p, Consumer<MapClass> onChosen) {}
      };
}
