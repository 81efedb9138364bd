package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.postlens.app.settings.AppDirectories;
import org.postlens.runtime.MiniLmTextEncoder;
import org.postlens.runtime.pack.ModelCatalog;
import org.postlens.runtime.pack.ModelPack;
import org.postlens.runtime.pack.ModelPackLoader;
import org.postlens.runtime.pack.ShippedPacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postlens models}: the model packs Postlens can use, and the ones it cannot with the reason. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"List the model packs: those shipped with Postlens and those in the --models folders, with",
                "id, task, languages, engine, version and origin; packs that cannot be used are listed with",
                "their error (the command still succeeds). The sentence encoder all-MiniLM-L6-v2 is built in."})
public final class ModelsCommand implements Callable<Integer>, UsesModels {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOptions models;

    @Option(names = "--json", description = "One JSON object instead of a table.")
    boolean json;

    @Option(names = "--check", description = "Also run each model once to check that its outputs match its labels (slower).")
    boolean check;

    @Override
    public Integer call() throws Exception {
        Path extractDir = AppDirectories.fromEnvironment().cache().resolve("packs");
        List<Path> shipped = ShippedPacks.locate(ModelsCommand.class.getClassLoader(), ShippedPacks.RESOURCE_FOLDER, extractDir);
        ModelCatalog catalog = ModelCatalog.scan(shipped, models.folders(), new ModelPackLoader(check));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(catalog));
        } else {
            table(catalog, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String json(ModelCatalog catalog) throws java.io.IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode builtIn = root.putObject("built_in");
        builtIn.put("id", MiniLmTextEncoder.MODEL_ID);
        builtIn.put("task", "sentence-embedding");
        builtIn.put("version", MiniLmTextEncoder.MODEL_VERSION);
        ArrayNode packs = root.putArray("packs");
        ArrayNode invalid = root.putArray("invalid");
        for (ModelCatalog.Entry entry : catalog.entries()) {
            if (entry.valid()) {
                ModelPack pack = entry.pack();
                ObjectNode node = packs.addObject();
                node.put("id", pack.id());
                node.put("task", pack.taskKey());
                pack.languages().forEach(node.putArray("languages")::add);
                node.put("engine", pack.engine());
                node.put("version", pack.version());
                node.put("origin", origin(entry));
                pack.labels().forEach(node.putArray("labels")::add);
                node.put("multi_label", pack.multiLabel());
                node.put("folder", entry.folder().toString());
            } else {
                ObjectNode node = invalid.addObject();
                node.put("id", entry.id());
                node.put("origin", origin(entry));
                node.put("folder", entry.folder().toString());
                node.put("error", entry.error());
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static void table(ModelCatalog catalog, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "TASK", "LANGUAGES", "ENGINE", "VERSION", "ORIGIN"});
        for (ModelCatalog.Entry entry : catalog.entries()) {
            if (!entry.valid()) {
                continue;
            }
            ModelPack pack = entry.pack();
            rows.add(new String[] {pack.id(), pack.taskKey(), String.join(",", pack.languages()), pack.engine(),
                    pack.version(), origin(entry)});
        }
        out.println("Built in: " + MiniLmTextEncoder.MODEL_ID + " " + MiniLmTextEncoder.MODEL_VERSION
                + " (sentence embeddings for embed, similar, clusters)");
        if (rows.size() == 1) {
            out.println("No model packs" + (catalog.invalid().isEmpty() ? "" : " that can be used")
                    + ". Add a folder of packs with --models DIR.");
        } else {
            out.println();
            printTable(rows, out);
        }
        List<ModelCatalog.Entry> invalid = catalog.invalid();
        if (!invalid.isEmpty()) {
            out.println();
            out.printf("%d pack%s cannot be used:%n", invalid.size(), invalid.size() == 1 ? "" : "s");
            for (ModelCatalog.Entry entry : invalid) {
                out.printf("  %s (%s, %s): %s%n", entry.id(), origin(entry), entry.folder(), entry.error());
            }
        }
    }

    private static void printTable(List<String[]> rows, PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String origin(ModelCatalog.Entry entry) {
        return entry.origin().name().toLowerCase(Locale.ROOT);
    }
}
