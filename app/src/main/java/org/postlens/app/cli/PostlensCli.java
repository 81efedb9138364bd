package org.postlens.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.settings.AppDirectories;
import org.postlens.app.store.ProjectFileException;
import org.postlens.app.store.StoreException;
import org.postlens.runtime.RuntimeEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs the {@code postlens} command line. User errors are printed as one clear line on stderr; only a bug
 * prints a stack trace (with {@code POSTLENS_DEBUG=1} for every error).
 */
public final class PostlensCli {

    private PostlensCli() {
    }

    public static int execute(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The configured command line writing to the given streams (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new PostlensCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(parsed -> {
            if (usesModels(parsed)) {
                configureModelRuntime();
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter errors = cmd.getErr();
            String message = userMessage(e);
            if (message == null) {
                errors.println("postlens: unexpected error: " + e);
                e.printStackTrace(errors);
            } else {
                errors.println("postlens: " + message);
                if (System.getenv("POSTLENS_DEBUG") != null) {
                    e.printStackTrace(errors);
                }
            }
            errors.flush();
            return e instanceof JobCancelledException ? ExitCodes.CANCELLED : ExitCodes.FAILED;
        });
        return commandLine;
    }

    /**
     * DJL's offline mode and cache dir ({@code <app data dir>/cache/djl}), set once per process before any DJL
     * class loads: the one place the command line does it.
     */
    static void configureModelRuntime() {
        RuntimeEnvironment.configure(AppDirectories.fromEnvironment().cache().resolve("djl"));
    }

    static boolean usesModels(ParseResult parsed) {
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.commandSpec().userObject() instanceof UsesModels) {
                return true;
            }
        }
        return false;
    }

    /** A message for an error the user can act on, or {@code null} for a bug. */
    static String userMessage(Throwable e) {
        if (e instanceof UserError || e instanceof ProjectFileException) {
            return e.getMessage();
        }
        if (e instanceof JobCancelledException) {
            return "Cancelled.";
        }
        if (e instanceof NoSuchFileException missing) {
            return "No such file: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "Permission denied: " + denied.getFile();
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "a text could not be encoded or decoded (" + e + "); check --encoding";
        }
        if (e instanceof IOException || e instanceof StoreException) {
            return e.getMessage();
        }
        return null;
    }
}
