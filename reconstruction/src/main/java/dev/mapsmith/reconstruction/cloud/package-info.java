/** Per-cloud steps of the pipeline: ground segmentation and intensity normalisation. No I/O. */
package dev.mapsmith.reconstruction.cloud;
