/**
 * Small immutable rows the ViewModels show (areas, findings, an opened drive). No behaviour, no
 * JavaFX.
 */
package dev.mapsmith.app.model;
