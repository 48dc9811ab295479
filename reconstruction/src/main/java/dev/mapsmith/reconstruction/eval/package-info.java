/**
 * The evaluation metric (windows, clipping, Chamfer matching, AP). Pure functions of two maps; no
 * I/O.
 */
package dev.mapsmith.reconstruction.eval;
