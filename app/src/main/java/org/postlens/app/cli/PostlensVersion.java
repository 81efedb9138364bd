package org.postlens.app.cli;

import org.postlens.app.store.Project;
import picocli.CommandLine.IVersionProvider;

/** The version the jar was built as (from its manifest when packaged) and the project format it writes. */
public final class PostlensVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = PostlensVersion.class.getPackage().getImplementationVersion();
        return new String[] {
                "postlens " + (version == null ? "development build" : version),
                "project format " + Project.formatVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
