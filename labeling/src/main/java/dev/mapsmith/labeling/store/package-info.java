/**
 * The SQLite store of a project: tables, codecs, the lock, checkpoints. The only package that may
 * use java.sql.
 */
package dev.mapsmith.labeling.store;
