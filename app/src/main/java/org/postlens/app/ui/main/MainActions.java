package org.postlens.app.ui.main;

import java.nio.file.Path;
import java.util.List;

/** What the main window's menus ask of the shell that owns the stage (file choosers, other windows). */
public interface MainActions {
    void newProject();

    void openProject();

    List<Path> recentProjects();

    void openRecent(Path project);

    void openDemo();

    boolean demoAvailable();

    void importFile();

    void importImageFolder();

    void export();

    void exportSelection(List<Long> selectedPostIds);

    void showImportProblems();

    void showShortcuts();

    /** Analyse ▸ Models: the model packs, and the folders they are taken from. */
    void showModels();

    /** Annotate ▸ Label posts: the labelling window. */
    void showLabelling();

    /** Annotate ▸ New label schema: the user's own labels. */
    void newLabelSchema();

    /** Annotate ▸ Save the table's filter for labelling: a labelling queue can then follow it. */
    void saveFilterForLabelling();

    /** Annotate ▸ Agreement: how well the annotators of a schema agree. */
    void showAgreement();

    /** Annotate ▸ Evaluate a model run: a run's predictions against the human labels. */
    void showEvaluation();

    /** Annotate ▸ Review suggested labels: labels proposed for near-duplicates, to accept or reject. */
    void showSuggestions();

    /** Annotate ▸ Train a classifier from labels: active learning on a schema's gold labels. */
    void showActiveLearning();

    void closeProject();

    void quit();
}
