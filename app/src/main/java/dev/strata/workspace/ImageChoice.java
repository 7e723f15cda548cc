package dev.strata.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.image.ReadOptions;

/**
 * Which image to read from an archive that holds several: a ref (a tag or ref name), a
 * platform ({@code os/arch[/variant]}), both, or neither, with the meaning they have for
 * {@code strata image inspect --ref --platform}.
 */
public record ImageChoice(Optional<String> ref, Optional<String> platform) {
    /** No choice: the archive's only image, or linux/amd64 in a multi-platform index. */
    public static final ImageChoice NONE = new ImageChoice(Optional.empty(), Optional.empty());

    private static final Pattern PLATFORM_SUFFIX = Pattern.compile("^(.*?) ?\\(([^()]+)\\)$");

    public ImageChoice {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(platform, "platform");
        ref = ref.filter(r -> !r.isBlank());
        platform = platform.filter(p -> !p.isBlank());
    }

    public static ImageChoice of(String ref, String platform) {
        return new ImageChoice(Optional.ofNullable(ref), Optional.ofNullable(platform));
    }

    public boolean isNone() {
        return ref.isEmpty() && platform.isEmpty();
    }

    /** The options with this choice made in them. */
    public ReadOptions applyTo(ReadOptions options) {
        ReadOptions chosen = ref.map(options::withRef).orElse(options);
        return platform.map(chosen::withPlatform).orElse(chosen);
    }

    /** The ref, then the platform, as a title shows them: {@code v4, linux/arm64}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        ref.ifPresent(parts::add);
        platform.ifPresent(parts::add);
        return String.join(", ", parts);
    }

    /** The choice as the reader lists an image: {@code v4 (linux/amd64)}, {@code v4}. */
    public String listing() {
        String named = ref.orElse("");
        return platform.map(p -> named.isEmpty() ? "(" + p + ")" : named + " (" + p + ")")
                .orElse(named);
    }

    /**
     * A choice as {@link #listing()} gives it or a user types it: a ref (a name or a digest)
     * and, in brackets, a platform, either of them alone; of several names, the first.
     */
    public static ImageChoice parse(String listed) {
        String item = listed.strip();
        Matcher suffix = PLATFORM_SUFFIX.matcher(item);
        String names = suffix.matches() ? suffix.group(1) : item;
        String platform = suffix.matches() ? suffix.group(2) : null;
        String first = names.split(" ", 2)[0].strip();
        return of(first.isEmpty() ? null : first, platform);
    }
}
