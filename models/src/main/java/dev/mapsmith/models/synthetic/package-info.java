/**
 * Synthetic training tiles (drawn road scenes) for tests and the first default model. Writes
 * through core's training-set files only.
 */
package dev.mapsmith.models.synthetic;
