package org.postlens.runtime.pack;

/** A model pack folder that cannot be used; the message names the pack, the file and the problem. */
public class InvalidModelPackException extends Exception {

    private final String packId;

    public InvalidModelPackException(String packId, String problem) {
        super("pack '" + packId + "': " + problem);
        this.packId = packId;
    }

    public InvalidModelPackException(String packId, String problem, Throwable cause) {
        super("pack '" + packId + "': " + problem, cause);
        this.packId = packId;
    }

    public String packId() {
        return packId;
    }
}
