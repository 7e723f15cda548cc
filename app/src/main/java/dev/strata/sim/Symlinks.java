package dev.strata.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import dev.strata.sim.ClusterState.EntryKind;

/**
 * Path resolution through the symbolic links of a container's view, as the kernel does it
 * (path_resolution(7)): each directory on the way that is a link is replaced by its target,
 * an absolute target starting again at the container's root, a relative one at the link's
 * folder; {@code ..} goes up from where the links led, not from the name as written. Real
 * images are full of such links: Debian's {@code /bin -> usr/bin} and
 * {@code /etc/os-release -> ../usr/lib/os-release}. Nothing here touches a real filesystem:
 * the links are entries of the simulated layers.
 */
final class Symlinks {
    /** Linux follows at most this many links in one resolution (path_resolution(7)). */
    static final int MAX_LINKS = 40;

    /** A link followed on the way. */
    record Hop(String link, String target) {
    }

    /** What resolving a path gave. */
    sealed interface Resolution {
    }

    /** The path the operation acts on, and the links that led there (none: unchanged). */
    record Resolved(String path, List<Hop> hops) implements Resolution {
        Resolved {
            hops = List.copyOf(hops);
        }

        /** E.g. {@code /bin is a symbolic link to usr/bin, so /bin/sh is /usr/bin/sh. }. */
        String preface(String asWritten) {
            if (hops.isEmpty()) {
                return "";
            }
            List<String> links = hops.stream()
                    .map(h -> h.link() + " is a symbolic link to " + h.target()).toList();
            return String.join(" and ", links) + ", so " + asWritten + " is " + path + ". ";
        }
    }

    /**
     * Too many links on the way: ELOOP.
     *
     * @param circle true when a link came round again, false for a long chain of them
     */
    record Looped(String at, boolean circle) implements Resolution {
    }

    /** A link with an empty target, which Linux refuses with ENOENT. */
    record Empty(String at) implements Resolution {
    }

    private Symlinks() {
    }

    /**
     * Resolves {@code path} in the container's view. The last name is followed only when
     * {@code followLast} (open, read, write, chmod do; unlink, mkdir and rename do not). A
     * path that reaches a mounted volume is not looked at further: the volumes Strata models
     * hold no links. A name that does not exist ends the lookups; the rest is kept as
     * written, for the operation to create or refuse.
     */
    static Resolution resolve(Container container, String path, boolean followLast) {
        if (!container.image().hasSymlinks() && !container.upper().mayHoldSymlinks()) {
            return new Resolved(FsPaths.normalize(path), List.of());
        }
        Deque<String> rest = new ArrayDeque<>(names(path));
        String done = FsPaths.ROOT;
        List<Hop> hops = new ArrayList<>();
        boolean looking = true;
        while (!rest.isEmpty()) {
            String name = rest.removeFirst();
            if (name.equals("..")) {
                done = FsPaths.parent(done);
                continue;
            }
            String here = done.equals(FsPaths.ROOT) ? "/" + name : done + "/" + name;
            boolean last = rest.isEmpty();
            if (!looking || last && !followLast || container.mountFor(here).isPresent()) {
                done = here;
                continue;
            }
            Optional<Overlay.Hit> hit = Overlay.lookup(container.upper(), container.image(),
                    here);
            if (hit.isEmpty()) {
                looking = false;
                done = here;
                continue;
            }
            if (hit.get().node().kind() != EntryKind.SYMLINK) {
                looking = hit.get().node().isDirectory();
                done = here;
                continue;
            }
            if (hops.size() == MAX_LINKS) {
                String link = here;
                return new Looped(here, hops.stream().anyMatch(h -> h.link().equals(link)));
            }
            String target = hit.get().node().target();
            if (target.isEmpty()) {
                return new Empty(here);
            }
            hops.add(new Hop(here, target));
            List<String> names = names(target);
            for (int i = names.size() - 1; i >= 0; i--) {
                rest.addFirst(names.get(i));
            }
            if (target.startsWith("/")) {
                done = FsPaths.ROOT;
            }
        }
        return new Resolved(done, hops);
    }

    /** True for a path other than the root that ends in a slash: it names a directory. */
    static boolean endsInSlash(String path) {
        return path.length() > 1 && path.endsWith("/");
    }

    private static List<String> names(String path) {
        List<String> names = new ArrayList<>();
        for (String name : path.split("/")) {
            if (!name.isEmpty() && !name.equals(".")) {
                names.add(name);
            }
        }
        return names;
    }
}
