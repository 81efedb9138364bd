package org.postlens.app;

import java.lang.reflect.InvocationTargetException;
import org.postlens.app.cli.PostlensCli;

/**
 * The one main class. With arguments it runs the command line (except for a single {@code .postlens} file,
 * which the app opens), which never loads a JavaFX class and so works
 * headless; without arguments it opens the desktop app. It is not itself a JavaFX {@code Application}, which
 * avoids "JavaFX runtime components are missing" on a plain class path.
 */
public final class Launcher {

    /** The desktop app's JavaFX {@code Application} class, loaded by name only when the app opens. */
    static final String DESKTOP_APP_CLASS = "org.postlens.app.ui.PostlensApp";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensAProject(args)) {
            openApp(args);
            return;
        }
        System.exit(PostlensCli.execute(args));
    }

    private static void openApp(String[] args) {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (linux && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            System.err.println("postlens: no display (DISPLAY is not set), so the desktop app cannot open."
                    + " The command line works without one: postlens --help");
            System.exit(1);
        }
        try {
            Class<?> app = Class.forName(DESKTOP_APP_CLASS);
            Class<?> application = Class.forName("javafx.application.Application");
            application.getMethod("launch", Class.class, String[].class).invoke(null, app, args);
        } catch (ClassNotFoundException e) {
            System.err.println("postlens: this build has no desktop app (" + e.getMessage()
                    + " not found). The command line works: postlens --help");
            System.exit(1);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String message = String.valueOf(cause == null ? e : cause.getMessage());
            System.err.println("postlens: the desktop app could not start: " + message);
            System.exit(1);
        } catch (ReflectiveOperationException e) {
            System.err.println("postlens: the desktop app could not start: " + e);
            System.exit(1);
        }
    }

    /** {@code postlens file.postlens} opens the app on that project, as a file manager would. */
    private static boolean opensAProject(String[] args) {
        return args.length == 1 && args[0].endsWith(".postlens");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
