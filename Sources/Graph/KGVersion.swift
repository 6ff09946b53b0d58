/// kg's version, printed by `kg --version`; the one place it is written.
public enum KGVersion {
    /// The release, as semantic versioning `MAJOR.MINOR.PATCH`.
    public static let current = "0.2.0"
}
