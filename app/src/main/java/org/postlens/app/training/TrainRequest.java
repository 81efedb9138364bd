package org.postlens.app.training;

import java.nio.file.Path;

/**
 * What {@code train} was asked for.
 *
 * @param packFolder where the pack goes; its folder name is the pack id
 */
public record TrainRequest(Path packFolder, FamilyChoice family, long seed) {
}
