package org.postlens.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code postlens bench ...}: repeatable measurements on synthetic data. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on synthetic data.",
        subcommands = {BenchImportCommand.class, BenchEmbedCommand.class, BenchAnalyzeCommand.class, BenchGalleryCommand.class,
                BenchImageClustersCommand.class, BenchOcrCommand.class, BenchTrainCommand.class, BenchLabelCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing benchmark: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
