/**
 * Safe file handling shared by every module: what kind of file a path is ({@code FileKind}) and the
 * one way output is written ({@code AtomicOutput}: a temporary entry the tool creates itself, then
 * an atomic rename). It may not delete anything the tool did not create, nor follow links.
 */
package dev.mapsmith.core.io;
