package org.postlens.app.ui.main;

import java.util.List;

/** The keyboard shortcuts, as Help ▸ Keyboard shortcuts lists them. */
public final class Shortcuts {

    public record Shortcut(String keys, String action) {}

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+N", "New project"),
            new Shortcut("Ctrl+O", "Open project"),
            new Shortcut("Ctrl+I", "Import a file (CSV, JSON, JSON Lines…)"),
            new Shortcut("Ctrl+Shift+I", "Import a folder of images"),
            new Shortcut("Ctrl+E", "Export the posts shown (search and filters apply)"),
            new Shortcut("Ctrl+Shift+E", "Export only the posts selected in the table (Ctrl/Shift+click)"),
            new Shortcut("Ctrl+W", "Close project"),
            new Shortcut("Ctrl+Q", "Quit"),
            new Shortcut("Ctrl+F", "Search"),
            new Shortcut("Esc", "Clear the search (in the search field)"),
            new Shortcut("Enter / ↓", "From the search field to the table"),
            new Shortcut("J  or  Alt+↓", "Next post"),
            new Shortcut("K  or  Alt+↑", "Previous post"),
            new Shortcut("↑ ↓ Page Up/Down Home End", "Move in the table"),
            new Shortcut("Ctrl+G", "Gallery of the posts' images / back to the table"),
            new Shortcut("← → ↑ ↓", "Move in the gallery"),
            new Shortcut("Ctrl+Shift+P", "Import problems"),
            new Shortcut("Ctrl+Shift+A", "Analyse posts with the task models (sentiment, offensive, \u2026)"),
            new Shortcut("Ctrl+Shift+M", "Embed posts (for similarity and clusters)"),
            new Shortcut("Ctrl+Shift+R", "Read text in images (OCR)"),
            new Shortcut("Ctrl+L", "Posts like the one shown"),
            new Shortcut("Ctrl+Shift+L", "Find posts that say… (search by meaning)"),
            new Shortcut("Ctrl+Shift+D", "Near-duplicate clusters"),
            new Shortcut("Esc", "Back to the posts table (from similar posts or clusters)"),
            new Shortcut("Ctrl+B", "Label posts (the labelling window lists its own keys along its bottom)"),
            new Shortcut("F1", "This list"));

    private Shortcuts() {
    }
}
