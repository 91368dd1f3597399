package io.portolan.ui;

/**
 * One keyboard shortcut, as the help lists it.
 *
 * @param group where it is: a menu ({@code File}, {@code File › Export}) or {@code Canvas}
 * @param action what it does: the menu item's text
 * @param keys the keys, as this system writes them ({@code Ctrl+S}, {@code ⌘S})
 */
public record Shortcut(String group, String action, String keys) {
}
