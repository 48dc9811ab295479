/**
 * Programs that build shipped artefacts (the default model's training data); compiled with the app,
 * run by scripts under models/, never by the app at run time.
 */
package dev.mapsmith.app.build;
