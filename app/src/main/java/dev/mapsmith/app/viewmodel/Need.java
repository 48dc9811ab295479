package dev.mapsmith.app.viewmodel;

/** What an action needs before it can run: nothing, an open project, or the reconstruction. */
public enum Need {
  NOTHING,
  DRIVE,
  PROJECT,
  RECONSTRUCTION
}
