package org.postlens.app.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postlens.runtime.pack.ShippedPacks;

/**
 * For tests about a user's packs: hides the shipped packs ({@link ShippedPacks#HIDE_PROPERTY}) while the test class
 * runs, so that lists and analysis summaries hold only the packs the test made. Use with {@code @ExtendWith}.
 */
public final class HideShippedPacks implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HideShippedPacks.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("previous", String.valueOf(System.getProperty(ShippedPacks.HIDE_PROPERTY)));
        System.setProperty(ShippedPacks.HIDE_PROPERTY, "none");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String previous = context.getStore(NAMESPACE).get("previous", String.class);
        if (previous == null || previous.equals("null")) {
            System.clearProperty(ShippedPacks.HIDE_PROPERTY);
        } else {
            System.setProperty(ShippedPacks.HIDE_PROPERTY, previous);
        }
    }
}
