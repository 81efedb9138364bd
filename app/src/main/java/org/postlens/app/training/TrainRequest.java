package org.postlens.app.training;

import java.nio.file.Path;

/**
 * What {@code train} was asked for.
 *
 * @param packFolder where the pack goes; its folder name is the pack id
 * @param options trainer settings other than the defaults
 */
public record TrainRequest(Path packFolder, FamilyChoice family, long seed, TrainerOptions options) {

    public TrainRequest(Path packFolder, FamilyChoice family, long seed) {
        this(packFolder, family, seed, TrainerOptions.defaults());
    }
}
