/**
 * The command line of the imports: {@code import imdb} and {@code generate imdb}, run
 * from the application jar.
 */
@NullMarked
package dev.marquee.imports.cli;

import org.jspecify.annotations.NullMarked;
