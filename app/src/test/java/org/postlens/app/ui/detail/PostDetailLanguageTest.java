package org.postlens.app.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postlens.app.domain.LanguageSource;
import org.postlens.app.domain.Post;

class PostDetailLanguageTest {

    private static Post post(String lang, LanguageSource source) {
        return new Post(1, "", "1", "text", null, null, null, null, null, null, null, lang, source, 1, 1, List.of(), "{}");
    }

    @Test
    void saysTheLanguageAndWhetherPostlensDetectedIt() {
        assertThat(PostDetailViewModel.language(post("ar", LanguageSource.DATA)))
                .isEqualTo("Arabic (ar), from the imported data");
        assertThat(PostDetailViewModel.language(post("en", LanguageSource.DETECTED)))
                .isEqualTo("English (en), detected by Postlens");
        assertThat(PostDetailViewModel.language(post(null, null))).isEqualTo("unknown");
    }
}
