package dev.strata.dockerfile;

/** A flag or directive value BuildKit refuses; the message is BuildKit's. */
final class InvalidValue extends Exception {
    InvalidValue(String message) {
        super(message);
    }
}
