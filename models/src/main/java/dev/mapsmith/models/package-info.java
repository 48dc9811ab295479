/**
 * The lane segmentation network (DJL): model spec, training, inference and the shipped default
 * model. The only module that may use ai.djl; the training-set contract is core's.
 */
package dev.mapsmith.models;
