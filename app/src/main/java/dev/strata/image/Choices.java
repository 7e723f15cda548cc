package dev.strata.image;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.strata.source.SourcePosition;

/**
 * Chooses the one image to read among those an archive holds: by --ref (a name or a
 * digest), then by --platform, else linux/amd64 among the platforms of one image. Strata
 * models Linux containers only, so images for other systems are never chosen.
 */
final class Choices {
    private Choices() {
    }

    /**
     * An image to choose from.
     *
     * @param item what the archive's reader keeps of it
     * @param names the names it is reached by (tags, ref names)
     * @param digest the digest that identifies it, computed when first asked
     * @param platform {@code os/arch[/variant]} or empty, computed when first asked
     */
    record Candidate<T>(T item, List<String> names, Supplier<String> digest,
            Supplier<String> platform) {
        Candidate {
            names = List.copyOf(names);
            digest = once(digest);
            platform = once(platform);
        }

        /** Its names and platform; its short digest too when asked, or when it has no name. */
        String describe(boolean withDigest) {
            String full = digest.get();
            String hex = full.substring(full.indexOf(':') + 1);
            String shortDigest = full.isEmpty() ? ""
                    : Digests.algorithm(full) + ":" + hex.substring(0, Math.min(12, hex.length()));
            String name = names.isEmpty() ? shortDigest : String.join(" = ", names)
                    + (withDigest && !full.isEmpty() ? "@" + shortDigest : "");
            String os = platform.get();
            return name + (os.isEmpty() ? "" : " (" + os + ")");
        }
    }

    /** Where the images are, for messages: "the layout" or "the archive". */
    record Holder(Archive archive, String name, Function<String, Optional<String>> skipped) {
    }

    /** The one candidate the options pick, or a message that lists the choices. */
    static <T> Candidate<T> choose(Holder holder, List<Candidate<T>> all, ReadOptions options) {
        if (options.ref().isPresent() && options.ref().get().isBlank()) {
            throw holder.archive().problem("an empty ref names no image; give a name or a"
                    + " digest");
        }
        List<Candidate<T>> named = Selection.byRef(all, options.ref(), Candidate::names,
                c -> c.digest().get()).orElse(all);
        if (named.isEmpty()) {
            String ref = options.ref().get();
            String what = holder.skipped().apply(ref).map(s -> ref + " names " + s
                    + ", not an image").orElse("no image named " + ref);
            throw needed(holder, what, "; there are: " + describe(all), all);
        }
        List<Candidate<T>> linux = named.stream()
                .filter(c -> Platforms.isLinux(c.platform().get())).toList();
        return options.platform().isPresent()
                ? onPlatform(holder, named, linux, options.platform().get())
                : byDefault(holder, named, linux);
    }

    private static <T> Candidate<T> onPlatform(Holder holder, List<Candidate<T>> named,
            List<Candidate<T>> linux, String wanted) {
        List<Candidate<T>> exact = linux.stream()
                .filter(c -> Platforms.matches(c.platform().get(), wanted)).toList();
        List<Candidate<T>> matching = !exact.isEmpty() || !Platforms.isLinux(wanted) ? exact
                : linux.stream().filter(c -> c.platform().get().isEmpty()).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (matching.size() > 1) {
            throw needed(holder, holder.name() + " holds " + matching.size()
                    + " images for platform " + wanted, " (" + describe(matching)
                    + "); choose one with --ref", matching);
        }
        List<Candidate<T>> foreign = named.stream().filter(c -> !linux.contains(c)
                && Platforms.matches(c.platform().get(), wanted)).toList();
        if (!foreign.isEmpty()) {
            throw holder.archive().problem(notLinux(holder, foreign, linux));
        }
        throw needed(holder, "no image for platform " + wanted, "; there are: "
                + describe(named), named);
    }

    private static <T> Candidate<T> byDefault(Holder holder, List<Candidate<T>> named,
            List<Candidate<T>> linux) {
        if (linux.isEmpty()) {
            throw holder.archive().problem(notLinux(holder, named, linux));
        }
        if (linux.size() == 1) {
            return linux.get(0);
        }
        boolean oneImage = linux.stream().map(Candidate::names).distinct().count() == 1;
        List<Candidate<T>> usual = linux.stream()
                .filter(c -> Platforms.matches(c.platform().get(), Platforms.DEFAULT)).toList();
        if (oneImage && usual.size() == 1) {
            return usual.get(0);
        }
        boolean platforms = linux.stream().map(c -> c.platform().get()).distinct().count() > 1;
        throw needed(holder, holder.name() + " holds " + linux.size() + " images", " ("
                + describe(linux) + "); choose one with --ref"
                + (platforms ? " or --platform" : ""), linux);
    }

    private static <T> String notLinux(Holder holder, List<Candidate<T>> foreign,
            List<Candidate<T>> linux) {
        String platform = foreign.get(0).platform().get();
        String article = "aeiou".indexOf(platform.charAt(0)) >= 0 ? "an " : "a ";
        return holder.name() + " has " + article + platform + " image (" + describe(foreign)
                + "), but Strata models Linux containers only (overlayfs)"
                + (linux.isEmpty() ? "" : "; the Linux images: " + describe(linux));
    }

    /**
     * The refusal that lists the choices, in words and as offers of the Linux images among
     * them, each with the ref that, with its platform, picks it alone.
     */
    private static <T> ImageChoiceNeeded needed(Holder holder, String reason, String rest,
            List<Candidate<T>> offered) {
        List<Candidate<T>> linux = offered.stream()
                .filter(c -> Platforms.isLinux(c.platform().get())).toList();
        List<ImageChoiceNeeded.Offer> offers = linux.stream()
                .map(c -> new ImageChoiceNeeded.Offer(c.names(), c.platform().get(),
                        refOf(c, linux)))
                .toList();
        return new ImageChoiceNeeded(SourcePosition.startOf(holder.archive().name()), reason,
                reason + rest, offers);
    }

    private static <T> String refOf(Candidate<T> candidate, List<Candidate<T>> all) {
        boolean twin = all.stream().filter(o -> o != candidate)
                .anyMatch(o -> o.names().equals(candidate.names())
                        && o.platform().get().equals(candidate.platform().get()));
        return candidate.names().isEmpty() || twin ? candidate.digest().get()
                : candidate.names().get(0);
    }

    /** The candidates' names and platforms; digests too where names repeat. */
    static <T> String describe(List<Candidate<T>> candidates) {
        return candidates.stream().map(c -> c.describe(!c.names().isEmpty()
                && candidates.stream().filter(o -> o.names().equals(c.names())).count() > 1))
                .collect(Collectors.joining(", "));
    }

    private static Supplier<String> once(Supplier<String> supplier) {
        return new Supplier<>() {
            private String value;

            @Override
            public String get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
