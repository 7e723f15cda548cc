package dev.strata.image;

import java.util.List;
import java.util.Objects;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * An archive holds several images and the options pick none of them (or one it lacks). The
 * message lists them as the command line prints it; {@link #offers()} lists them for a
 * window to offer, each with a ref that picks it alone.
 */
public final class ImageChoiceNeeded extends InputException {
    private static final long serialVersionUID = 1L;

    /**
     * One image to choose.
     *
     * @param names its tags or ref names, possibly none
     * @param platform {@code os/arch[/variant]}, or empty when not known
     * @param ref what {@code --ref} takes to pick it: its first name, or its digest when it
     *     has no name or shares its names with another image
     */
    public record Offer(List<String> names, String platform, String ref) {
        public Offer {
            names = List.copyOf(names);
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(ref, "ref");
        }
    }

    private final transient List<Offer> offers;
    private final String reason;

    ImageChoiceNeeded(SourcePosition position, String reason, String problem,
            List<Offer> offers) {
        super(position, problem);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.offers = List.copyOf(offers);
    }

    /** Why a choice is needed, e.g. {@code the layout holds 5 images}. */
    public String reason() {
        return reason;
    }

    /** The images to choose from, in the archive's order. */
    public List<Offer> offers() {
        return offers;
    }
}
