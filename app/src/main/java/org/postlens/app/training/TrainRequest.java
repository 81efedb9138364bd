package org.postlens.app.training;

import java.nio.file.Path;

/**
 * What {@code train} was asked for.
 *
 * @param packFolder where the pack goes; its folder name is the pack id
 * @param target what the task is about, for tasks with one pack per target (stance: abortion, climate, …); null
 *     for none
 * @param options trainer settings other than the defaults
 */
public record TrainRequest(Path packFolder, FamilyChoice family, long seed, String target, TrainerOptions options) {

    public TrainRequest(Path packFolder, FamilyChoice family, long seed) {
        this(packFolder, family, seed, null);
    }

    public TrainRequest(Path packFolder, FamilyChoice family, long seed, String target) {
        this(packFolder, family, seed, target, TrainerOptions.defaults());
    }
}
