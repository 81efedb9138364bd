package org.postlens.app.embed;

/** Where the user wants models to run: the GPU when there is one (AUTO), or forced. */
public enum DeviceChoice {
    AUTO, CPU, GPU
}
