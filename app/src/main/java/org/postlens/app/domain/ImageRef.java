package org.postlens.app.domain;

import java.nio.file.Path;

/** An image a post refers to: a local file to copy into the project, or a remote URL that is only remembered. */
public sealed interface ImageRef {

    record LocalFile(Path path, String asWritten) implements ImageRef {}

    record RemoteUrl(String url) implements ImageRef {}
}
