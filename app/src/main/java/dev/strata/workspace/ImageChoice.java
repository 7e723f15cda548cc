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

    /** The list after "holds N images (" up to "); choose one", or after "there are: ". */
    private static final Pattern LISTED = Pattern.compile(
            "holds \\d+ images \\((.*)\\); choose one|(?:there are|the tags are): (.*)$");
    private static final Pattern PLATFORM_SUFFIX = Pattern.compile("^(.*?) ?\\(([^()]+)\\)$");
    /** How the reader names an image that has no name: its digest cut short. */
    private static final Pattern SHORT_DIGEST = Pattern.compile("sha(256|512):[0-9a-f]{1,12}");

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
     * The images a reader's message offers when it asks for a choice ({@code the layout
     * holds 5 images (base (linux/amd64), v1 (linux/amd64)); choose one with --ref}, or
     * {@code no image named v9; there are: ...}), in its order; empty when it offers none.
     * A named image is chosen by its first name and, when the message gives one, its
     * platform; an image known only by its digest, by its platform alone.
     */
    public static List<ImageChoice> offeredIn(String message) {
        Matcher listed = LISTED.matcher(message);
        if (!listed.find()) {
            return List.of();
        }
        String list = listed.group(1) != null ? listed.group(1) : listed.group(2);
        List<ImageChoice> choices = new ArrayList<>();
        for (String item : list.split(", ")) {
            ImageChoice choice = parse(item);
            if (!choice.isNone() && !choices.contains(choice)) {
                choices.add(choice);
            }
        }
        return List.copyOf(choices);
    }

    /**
     * An image as the reader lists it, {@code a = b (linux/arm64)} in a layout or
     * {@code repo:1 repo:latest} in a docker save, or as {@link #listing()} gives it.
     */
    public static ImageChoice parse(String listed) {
        String item = listed.strip();
        Matcher suffix = PLATFORM_SUFFIX.matcher(item);
        String names = suffix.matches() ? suffix.group(1) : item;
        String platform = suffix.matches() ? suffix.group(2) : null;
        String first = names.split(" = | ", 2)[0].strip();
        boolean unnamed = first.isEmpty() || SHORT_DIGEST.matcher(first).matches();
        return of(unnamed ? null : first, platform);
    }
}
