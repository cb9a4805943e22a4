/// Limits that keep the lesson loader fast and its memory bounded whatever a file holds.
public struct LoaderLimits: Sendable, Equatable {
    /// The largest lesson file read, in bytes.
    public var maxFileBytes: Int
    /// How deeply lists and groups may nest.
    public var maxDepth: Int
    /// How many values (scalars, lists and groups) a file may hold.
    public var maxNodes: Int

    /// Creates limits.
    public init(maxFileBytes: Int = 1 << 20, maxDepth: Int = 20, maxNodes: Int = 100_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    /// The limits taster uses.
    public static let standard = LoaderLimits()
}
