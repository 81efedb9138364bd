package org.postlens.app.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postlens.app.embed.RealTextEncoder;

/**
 * Points {@code postlens.home} at the tests' own data folder ({@link RealTextEncoder#TEST_HOME}: its model cache and
 * settings) while the test class runs, and puts back what was there. Use with {@code @ExtendWith}.
 */
public final class UseTestHome implements BeforeAllCallback, AfterAllCallback {

    private static final String PROPERTY = "postlens.home";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(UseTestHome.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("previous", String.valueOf(System.getProperty(PROPERTY)));
        System.setProperty(PROPERTY, RealTextEncoder.TEST_HOME.toString());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String previous = context.getStore(NAMESPACE).get("previous", String.class);
        if (previous == null || previous.equals("null")) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
    }
}
