/**
 * The training-set export: drives' lidar and the map's labels into tiles of core's training-set
 * format. Writes through {@code core.training.TrainingSetFiles}; defines no format of its own.
 */
package dev.mapsmith.labeling.export.training;
