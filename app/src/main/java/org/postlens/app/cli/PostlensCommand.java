package org.postlens.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code postlens}: the root command; with no arguments the launcher opens the desktop app instead. */
@Command(name = "postlens",
        mixinStandardHelpOptions = true,
        versionProvider = PostlensVersion.class,
        description = {"Offline workbench for posts and images: import, search, export, embed, find similar posts, list models, train and evaluate task models, benchmark.",
                "Run without arguments to open the desktop app."},
        subcommands = {ImportCommand.class, ExportCommand.class, InfoCommand.class, ProblemsCommand.class,
                LanguagesCommand.class, EmbedCommand.class, OcrCommand.class, AnalyzeCommand.class, SimilarCommand.class,
                ClustersCommand.class, ImagesCommand.class, ImageClustersCommand.class, ModelsCommand.class, TrainCommand.class,
                EvalCommand.class, EvaluateCommand.class, AgreementCommand.class, LearnCommand.class,
                PropagateCommand.class, SuggestionsCommand.class, BenchCommand.class})
public final class PostlensCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
